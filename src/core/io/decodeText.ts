/**
 * Bytes → text for every text format (JSON, CSV, GEXF, GraphML). UTF-8 is
 * read strictly, so a wrong guess never turns into silent mojibake; text
 * that is not UTF-8 is most likely GB18030/GBK, which is what Chinese Excel
 * writes for "CSV". UTF-16 with a byte order mark (Excel's "Unicode text")
 * is read too. Anything else is reported as not text.
 */
import { problem, type Problem } from '../model/problems.ts';
import { bilingual, type KeyOf } from '../text/message.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[] };

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

/**
 * TextDecoder exists in every runtime the core targets (Node, browsers, Web
 * Workers) but is declared only by the DOM and Node type libraries, which the
 * core's type check deliberately leaves out.
 */
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

function strictDecode(bytes: Uint8Array, label: TextEncoding): string | undefined {
  try {
    return new Decoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** NUL bytes do not occur in UTF-8 or GB18030 text; they mark binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const notText = (code: string, key: KeyOf<'io'>): DecodedText => ({
    ok: false,
    errors: [problem('error', code, [], bilingual(`io:${key}`), { file })],
  });

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictDecode(bytes.subarray(3), 'utf-8');
    return text === undefined
      ? notText('encoding-invalid-utf8', 'encodingInvalidUtf8')
      : { ok: true, text, encoding: 'utf-8', warnings: [] };
  }
  for (const [mark, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, mark)) continue;
    const text = strictDecode(bytes.subarray(2), encoding);
    if (text !== undefined) return { ok: true, text, encoding, warnings: [] };
    return notText('encoding-invalid-utf16', 'encodingInvalidUtf16');
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    return notText('not-text-zip', 'notTextZip');
  }
  if (looksBinary(bytes)) {
    return notText('not-text', 'notText');
  }

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', warnings: [] };
  const gb18030 = strictDecode(bytes, 'gb18030');
  if (gb18030 === undefined) {
    return notText('encoding-unknown', 'encodingUnknown');
  }
  return {
    ok: true,
    text: gb18030,
    encoding: 'gb18030',
    warnings: [problem('warning', 'encoding-gb18030', [], bilingual('io:encodingGb18030'), { file })],
  };
}
