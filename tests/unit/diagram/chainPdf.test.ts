import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { selectChain } from '../../../src/core/diagram/chainSelection.ts';
import { renderChainPdf } from '../../../src/core/diagram/chainPdf.ts';
import { LANDSCAPE_PAGE_SIZES } from '../../../src/core/diagram/drawingPdf.ts';
import { layoutDiagram } from '../../../src/core/diagram/layeredLayout.ts';
import { buildSankeyData, layoutSankey } from '../../../src/core/diagram/sankey.ts';
import { renderSankeyPdf } from '../../../src/core/diagram/sankeySvg.ts';
import type { FontSource } from '../../../src/core/diagram/pdfFont.ts';
import { cjkFontForTests, requireFontInCi } from './cjkFont.ts';
import { brokenChainPark, referencePark, referenceParkWithBilletStage } from './parks.ts';

const font = await cjkFontForTests();
requireFontInCi(font);
const fontSource: FontSource | undefined = font && {
  bytes: new Uint8Array(readFileSync(font.path)),
  ...(font.postscriptName ? { postscriptName: font.postscriptName } : {}),
};

interface ReadPdf {
  readonly pages: number;
  readonly size: readonly [number, number];
  readonly text: string;
}

async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
    .promise;
  const page = await doc.getPage(1);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
  await doc.destroy();
  return { pages: doc.numPages, size: [width, height], text: text.replace(/\s+/g, '') };
}

async function steelChainPdf(page: 'a4' | 'a3', language: 'zh' | 'en'): Promise<Uint8Array> {
  const selection = selectChain(referenceParkWithBilletStage(), 'scrap-steel-chain', { language });
  if (!selection.ok) throw new Error(selection.problem.message.en);
  return renderChainPdf(await layoutDiagram(selection.diagram), { date: '2025-03-01', font: fontSource!, page });
}

describe.skipIf(!fontSource)('renderChainPdf (needs the system CJK font)', { timeout: 60_000 }, () => {
  it('is one landscape A4 or A3 page', async () => {
    for (const page of ['a4', 'a3'] as const) {
      const read = await readPdf(await steelChainPdf(page, 'en'));
      expect(read.pages).toBe(1);
      expect(read.size[0]).toBeCloseTo(LANDSCAPE_PAGE_SIZES[page][0], 1);
      expect(read.size[1]).toBeCloseTo(LANDSCAPE_PAGE_SIZES[page][1], 1);
      expect(read.size[0]).toBeGreaterThan(read.size[1]);
    }
    expect(LANDSCAPE_PAGE_SIZES.a4.map(Math.round)).toEqual([842, 595]);
    expect(LANDSCAPE_PAGE_SIZES.a3.map(Math.round)).toEqual([1191, 842]);
  });

  it('has extractable text, Chinese included: title, park, placeholder, date and source', async () => {
    const read = await readPdf(await steelChainPdf('a4', 'zh'));
    for (const expected of [
      '产业链图:废钢回收—加工配送',
      '临沂经济技术开发区',
      '缺失环节:钢坯',
      '日期:2025-03-01',
      '数据来源:',
    ])
      expect(read.text).toContain(expected);
    const en = await readPdf(await steelChainPdf('a4', 'en'));
    expect(en.text).toContain('missingstage:steelbillet');
  });

  it('embeds a valid subset of the font, not the whole font', async () => {
    const bytes = await steelChainPdf('a4', 'zh');
    expect(bytes.length).toBeLessThan(500_000); // the Noto Sans CJK SC face alone is ~16 MB
    const doc = await PDFDocument.load(bytes);
    const cff = [...doc.context.enumerateIndirectObjects()]
      .map(([, object]) => object)
      .filter(
        (o): o is PDFRawStream =>
          o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype'))?.toString() === '/CIDFontType0C',
      );
    expect(cff).toHaveLength(1);
    const header = inflateSync(cff[0]!.contents).subarray(0, 4);
    // CFF header: major 1, minor 0, header size 4, offSize 1–4. @pdf-lib/fontkit 1.1.1 wrote offSize 27 here,
    // which viewers reject (every glyph blank): the reason the PDF export uses fontkit 2.
    expect([header[0], header[1], header[2]]).toEqual([1, 0, 4]);
    expect(header[3]).toBeGreaterThanOrEqual(1);
    expect(header[3]).toBeLessThanOrEqual(4);
  });

  it('draws boxes and links as vector paths, not an embedded picture', async () => {
    const selection = selectChain(brokenChainPark(), 'metal', { language: 'en' });
    if (!selection.ok) throw new Error('selection failed');
    const bytes = await renderChainPdf(await layoutDiagram(selection.diagram), {
      date: '2025-03-01',
      font: fontSource!,
    });
    const doc = await PDFDocument.load(bytes);
    const images = [...doc.context.enumerateIndirectObjects()].filter(
      ([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype'))?.toString() === '/Image',
    );
    expect(images).toHaveLength(0);
    expect((await readPdf(bytes)).text).toContain('missingstage:ingot');
  });

  it('exports a sankey too', async () => {
    const layout = layoutSankey(buildSankeyData(referencePark(), { language: 'zh', by: 'cluster' }));
    const read = await readPdf(await renderSankeyPdf(layout, { date: '2025-03-01', font: fontSource!, page: 'a3' }));
    expect(read.pages).toBe(1);
    expect(read.text).toContain('园区物质流桑基图(按集群)');
  });
});
