import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/io/decodeText.ts';
import { encodeGb18030 } from '../../fixtures/io/gb18030.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 strictly, with or without a byte order mark (which is dropped)', () => {
    expect(decodeText(utf8('来源,去向'), 'a.csv')).toEqual({
      ok: true,
      text: '来源,去向',
      encoding: 'utf-8',
      warnings: [],
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('编号 id')]);
    expect(decodeText(withBom, 'a.csv')).toMatchObject({ ok: true, text: '编号 id', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK text from Chinese Excel, and says so', () => {
    const result = decodeText(encodeGb18030('来源,去向,物料\n热电厂,化工厂,蒸汽'), 'gbk.csv');
    expect(result.ok && result.text).toBe('来源,去向,物料\n热电厂,化工厂,蒸汽');
    expect(result.ok && result.encoding).toBe('gb18030');
    expect(result.ok && result.warnings.map((w) => [w.code, w.location?.file, w.message.en])).toEqual([
      ['encoding-gb18030', 'gbk.csv', 'the file is not UTF-8; it was read as GB18030 (GBK)'],
    ]);
  });

  it('reads UTF-16 with a byte order mark (Excel "Unicode text")', () => {
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...'编号\tid'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(le, 'u.txt')).toMatchObject({ ok: true, text: '编号\tid', encoding: 'utf-16le' });
  });

  it('reports binary data, a ZIP (xlsx) and undecodable bytes as not text', () => {
    const code = (bytes: number[]) => {
      const result = decodeText(new Uint8Array(bytes), 'x');
      return result.ok ? 'ok' : result.errors[0]?.code;
    };
    expect(code([0x7b, 0x00, 0x7d])).toBe('not-text');
    expect(code([0x50, 0x4b, 0x03, 0x04, 0x14])).toBe('not-text-zip');
    expect(code([0x41, 0xff, 0x42])).toBe('encoding-unknown');
    expect(code([0xef, 0xbb, 0xbf, 0xc3, 0x28])).toBe('encoding-invalid-utf8');
    const zip = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'park.json');
    expect(!zip.ok && zip.errors[0]?.message.en).toContain('.xlsx');
    expect(!zip.ok && zip.errors[0]?.location).toEqual({ file: 'park.json' });
  });
});
