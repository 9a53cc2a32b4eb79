import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { run } from './cliRun.ts';
import { CJK_FONT_PACKAGE, findCjkFont } from '../../src/cli/render/findCjkFont.ts';
import { svgToPng } from '../../src/cli/render/svgToPng.ts';
import { cjkFontForTests, requireFontInCi } from '../unit/diagram/cjkFont.ts';
import { decodePng, readPngSize } from '../unit/diagram/pngDecode.ts';
import { parseSvg, squashedText, withClass } from '../unit/diagram/svgTree.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-diagram-'));
const park = 'data/linyi-etdz.json';
const font = await cjkFontForTests();
requireFontInCi(font);

/** The reference park with a steel-billet stage added to its scrap-steel chain: nobody in the park performs it. */
function parkWithBilletStage(): string {
  const model = JSON.parse(readFileSync(park, 'utf8')) as {
    materials: unknown[];
    chains: { id: string; stages: { materials: string[] }[] }[];
  };
  model.materials.push({
    id: 'steel-billet',
    name: { zh: '钢坯', en: 'steel billet' },
    category: 'product',
    unit: 't/a',
  });
  model.chains.find((c) => c.id === 'scrap-steel-chain')!.stages.push({ materials: ['steel-billet'] });
  const file = join(dir, 'linyi-with-billet.json');
  writeFileSync(file, JSON.stringify(model));
  return file;
}

describe('symbiograph diagram: SVG', () => {
  it('writes a chain diagram with the missing stage, and says where', async () => {
    const file = join(dir, 'steel.svg');
    const result = await run(
      'diagram',
      parkWithBilletStage(),
      '--chain',
      'scrap-steel-chain',
      '-o',
      file,
      '--lang',
      'en',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^✓ wrote ${file.replace(/[/\\]/g, '.')} \\(SVG, \\d+×\\d+\\)$`));
    const root = parseSvg(readFileSync(file, 'utf8'));
    expect(withClass(root, 'missing-stage')).toHaveLength(1);
    expect(squashedText(root)).toContain('missingstage:steelbillet');
  });

  it('prints SVG to standard output without -o', async () => {
    const result = await run('diagram', park, '--enterprise', 'jinsheng', '--depth', '2');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<?xml')).toBe(true);
    expect(squashedText(parseSvg(result.stdout))).toContain('企业供需关系:');
  });

  it('draws a material, a project overlay and a sankey', async () => {
    const material = await run(
      'diagram',
      park,
      '--material',
      'waste-circuit-boards',
      '--depth',
      '1',
      '--format',
      'svg',
    );
    expect(material.code).toBe(0);
    const project = await run('diagram', park, '--chain', 'scrap-steel-chain', '--project', 'eaf-steelmaking');
    expect(project.code).toBe(0);
    expect(withClass(parseSvg(project.stdout), 'proposal').length).toBeGreaterThan(0);
    const sankey = await run(
      'diagram',
      park,
      '--sankey',
      '--by',
      'cluster',
      '--category',
      'waste,by-product',
      '--lang',
      'en',
    );
    expect(sankey.code).toBe(0);
    const text = squashedText(parseSvg(sankey.stdout));
    expect(text).toContain('categories:waste,by-product');
  });
});

describe('symbiograph diagram: errors', () => {
  it('reports unknown ids clearly, exit 1', async () => {
    const chain = await run('diagram', park, '--chain', 'nope', '--lang', 'en');
    expect(chain.code).toBe(1);
    expect(chain.stderr).toContain('no chain "nope" in the model; known: machinery-lifecycle');
    const material = await run('diagram', park, '--material', 'unobtainium', '--lang', 'en');
    expect(material).toMatchObject({ code: 1 });
    expect(material.stderr).toContain('no material "unobtainium"');
    const enterprise = await run('diagram', park, '--enterprise', 'acme');
    expect(enterprise.stderr).toContain('模型中没有企业 "acme"');
    const technology = await run(
      'diagram',
      park,
      '--chain',
      'scrap-steel-chain',
      '--project',
      'alchemy',
      '--lang',
      'en',
    );
    expect(technology.code).toBe(1);
    expect(technology.stderr).toContain('no technology "alchemy" in the catalogue');
    const missingFile = await run('diagram', join(dir, 'none.json'), '--chain', 'x', '--lang', 'en');
    expect(missingFile.code).toBe(1);
    expect(missingFile.stderr).toContain('file not found');
  });

  it('rejects wrong usage before reading anything, exit 2', async () => {
    const cases: string[][] = [
      [park],
      [park, '--chain', 'a', '--material', 'b'],
      [park, '--sankey', '--chain', 'a'],
      [park, '--chain', 'a', '--depth', '2'],
      [park, '--enterprise', 'a', '--depth', '0'],
      [park, '--chain', 'a', '--by', 'cluster'],
      [park, '--sankey', '--by', 'region'],
      [park, '--sankey', '--category', 'waste,slag'],
      [park, '--chain', 'a', '--format', 'gif'],
      [park, '--chain', 'a', '--format', 'png'],
      [park, '--chain', 'a', '-o', join(dir, 'x.png'), '--scale', '3'],
      [park, '--chain', 'a', '-o', join(dir, 'x.pdf'), '--page', 'letter'],
      [park, '--chain', 'a', '--lang', 'fr'],
      [park, '--chain', 'a', '--bogus'],
      [park, 'extra', '--chain', 'a'],
      [],
    ];
    for (const args of cases) {
      const result = await run('diagram', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain('diagram FILE');
    }
    const help = await run('diagram', '--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--scale 1|2|4');
  });

  it('names the apt package when no CJK font can be found, not even the bundled one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    await expect(findCjkFont([empty], undefined, join(empty, 'gone.ttf'))).rejects.toThrow(
      `apt-get install ${CJK_FONT_PACKAGE}`,
    );
  });
});

// Loading a 20 MB font collection and rasterising takes seconds on a busy 2-core machine.
describe.skipIf(!font)(
  "symbiograph diagram: PNG and PDF (need a CJK font: the system's, else the bundled one)",
  { timeout: 60_000 },
  () => {
    it('rasterises at scale 1, 2 and 4 to exactly that many pixels, not blank', async () => {
      const svgFile = join(dir, 'copper.svg');
      expect((await run('diagram', park, '--chain', 'copper-chain', '-o', svgFile)).code).toBe(0);
      const svg = parseSvg(readFileSync(svgFile, 'utf8'));
      const [width, height] = [Number(svg.attributes.width), Number(svg.attributes.height)];
      for (const scale of [1, 2, 4]) {
        const file = join(dir, `copper-${scale}.png`);
        const result = await run('diagram', park, '--chain', 'copper-chain', '-o', file, '--scale', String(scale));
        expect(result.code).toBe(0);
        expect(result.stdout).toContain(`${width * scale}×${height * scale}`);
        const png = new Uint8Array(readFileSync(file));
        expect(readPngSize(png)).toEqual({ width: width * scale, height: height * scale });
        if (scale === 1) expectInk(png);
      }
    });

    it('renders Chinese text with the CJK font (the title row has ink)', async () => {
      const title =
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/>' +
        "<text x='10' y='28' font-size='24' font-family=\"'Noto Sans CJK SC', sans-serif\">缺失环节</text></svg>";
      const png = decodePng(await svgToPng(title, 1, font!));
      let dark = 0;
      for (let i = 0; i < png.pixels.length; i += png.channels) if (png.pixels[i]! < 100) dark++;
      expect(dark).toBeGreaterThan(200); // four ideographs at 24 px, not tofu-free emptiness
    });

    it('writes a one-page A3 landscape PDF', async () => {
      const file = join(dir, 'steel.pdf');
      const result = await run(
        'diagram',
        park,
        '--chain',
        'scrap-steel-chain',
        '--format',
        'pdf',
        '--page',
        'a3',
        '-o',
        file,
      );
      expect(result.code).toBe(0);
      const doc = await PDFDocument.load(readFileSync(file));
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([1191, 842]);
      expect(doc.getTitle()).toBe('产业链图:废钢回收—加工配送');
    });

    it('exports a sankey as PNG', async () => {
      const file = join(dir, 'sankey.png');
      expect((await run('diagram', park, '--sankey', '-o', file)).code).toBe(0);
      expectInk(new Uint8Array(readFileSync(file)));
    });
  },
);

/** A white background with a real share of drawn pixels: boxes, lines, text. */
function expectInk(png: Uint8Array): void {
  const { pixels, channels } = decodePng(png);
  let drawn = 0;
  for (let i = 0; i < pixels.length; i += channels)
    if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) drawn++;
  const share = drawn / (pixels.length / channels);
  expect(share).toBeGreaterThan(0.02);
  expect(share).toBeLessThan(0.9);
}
