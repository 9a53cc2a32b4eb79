import { describe, expect, it } from 'vitest';
import { selectChain } from '../../../src/core/diagram/chainSelection.ts';
import { renderChainSvg } from '../../../src/core/diagram/chainSvg.ts';
import { layoutDiagram } from '../../../src/core/diagram/layeredLayout.ts';
import type { SelectionOptions } from '../../../src/core/diagram/selectionSetup.ts';
import { localize } from '../../../src/core/model/labels.ts';
import type { Language, ParkModel } from '../../../src/core/model/types.ts';
import {
  HOSTILE_NAME,
  brokenChainPark,
  referenceCatalogue,
  referencePark,
  referenceParkWithBilletStage,
  smeltingCatalogue,
} from './parks.ts';
import { allElements, parseSvg, squash, squashedText, visibleTexts, withClass } from './svgTree.ts';

async function chainSvg(park: ParkModel, chain: string, options: SelectionOptions): Promise<string> {
  const selection = selectChain(park, chain, options);
  if (!selection.ok) throw new Error(selection.problem.message.en);
  return renderChainSvg(await layoutDiagram(selection.diagram), { date: '2025-03-01' });
}

/** A stage's label as a reader sees it: its own name, else its materials' names. */
function stageLabels(park: ParkModel, chain: string, language: Language): string[] {
  const materials = new Map(park.materials.map((m) => [m.id, m]));
  return park.chains
    .find((c) => c.id === chain)!
    .stages.map(
      (s) =>
        localize(s.name, language) || s.materials.map((m) => localize(materials.get(m)?.name, language)).join(' / '),
    );
}

describe('renderChainSvg', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`is well-formed XML showing every stage label, in ${language}`, async () => {
      const park = referencePark();
      for (const chain of ['scrap-steel-chain', 'copper-chain', 'recycling-chain']) {
        const root = parseSvg(await chainSvg(park, chain, { language }));
        const text = squashedText(root);
        for (const label of stageLabels(park, chain, language))
          expect(text, `${chain}: ${label}`).toContain(squash(label));
      }
    });
  }

  it('frames the diagram: title, park name, date, data source, legend, CJK font stack', async () => {
    const park = referenceParkWithBilletStage();
    const root = parseSvg(await chainSvg(park, 'scrap-steel-chain', { language: 'zh' }));
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.attributes.width)).toBeGreaterThan(500);
    expect(root.attributes['font-family']).toBe(
      "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
    );
    const texts = visibleTexts(root);
    expect(texts[0]).toBe(`产业链图:${localize(park.chains.find((c) => c.id === 'scrap-steel-chain')!.name, 'zh')}`);
    expect(texts).toContain('临沂经济技术开发区');
    expect(texts).toContain('日期:2025-03-01 · Symbiograph 产业共生图谱');
    expect(texts.some((t) => t.startsWith('数据来源:'))).toBe(true);
    const legend = withClass(root, 'legend')[0]!;
    const legendText = visibleTexts(legend);
    expect(legendText).toEqual(
      expect.arrayContaining(['集群', '再生资源', '缺失环节(断链)', '现有物质流', '缺失衔接']),
    );
    // Self-contained: nothing to fetch, nothing to run.
    const names = new Set(allElements(root).map((e) => e.name));
    for (const forbidden of ['script', 'image', 'foreignObject', 'use', 'style'])
      expect(names.has(forbidden)).toBe(false);
    expect(allElements(root).some((e) => 'href' in e.attributes || 'xlink:href' in e.attributes)).toBe(false);
  });

  it('draws the missing stage as a dashed red box with its placeholder text', async () => {
    for (const [language, placeholder] of [
      ['en', 'missing stage: ingot'],
      ['zh', '缺失环节:ingot'],
    ] as const) {
      const root = parseSvg(await chainSvg(brokenChainPark(), 'metal', { language }));
      const missing = withClass(root, 'missing-stage');
      expect(missing).toHaveLength(1);
      const box = missing[0]!.children.find((c) => c.name === 'rect')!;
      expect(box.attributes['stroke-dasharray']).toBe('6 4');
      expect(box.attributes.stroke).toBe('#C62828');
      expect(squash(visibleTexts(missing[0]!).join(''))).toBe(squash(`${placeholder}scrap → ingot`));
      const dashedLinks = withClass(root, 'link').filter((e) => withClass(e, 'missing').length > 0);
      expect(dashedLinks).toHaveLength(2); // into and out of the gap
    }
  });

  it('marks single performers and draws a proposal dashed', async () => {
    const single = parseSvg(await chainSvg(brokenChainPark(), 'metal', { language: 'zh' }));
    expect(withClass(single, 'single-performer')).toHaveLength(2);
    expect(withClass(single, 'badge').map((b) => visibleTexts(b)[0])).toEqual(['唯一', '唯一']);

    const proposed = parseSvg(
      await chainSvg(brokenChainPark(), 'metal', {
        language: 'en',
        catalogue: smeltingCatalogue(),
        project: 'smelting',
      }),
    );
    const proposal = withClass(proposed, 'proposal').filter(
      (e) => e.name === 'g' && (e.attributes.class ?? '').startsWith('node'),
    );
    expect(proposal).toHaveLength(1);
    expect(proposal[0]!.children.find((c) => c.name === 'rect')!.attributes['stroke-dasharray']).toBe('6 4');
    expect(visibleTexts(proposal[0]!)).toContain('proposal');
    const proposalLinks = withClass(proposed, 'link').filter((e) => (e.attributes.class ?? '').includes('proposal'));
    expect(proposalLinks).toHaveLength(2);
    for (const link of proposalLinks)
      expect(link.children.find((c) => c.name === 'path')!.attributes['stroke-dasharray']).toBe('6 4');
    expect(withClass(proposed, 'missing-stage')).toHaveLength(0);
  });

  it('shows a hostile name as text, never as markup', async () => {
    const park = brokenChainPark();
    const collector = park.enterprises.find((e) => e.id === 'collector')!;
    collector.name = { zh: HOSTILE_NAME, en: HOSTILE_NAME };
    park.park.name = { en: `${HOSTILE_NAME} & "park"` };
    park.chains[0]!.name = { en: '<script>alert(2)</script>' };
    const svg = await chainSvg(park, 'metal', { language: 'en' });
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    const root = parseSvg(svg);
    expect(allElements(root).some((e) => e.name === 'img' || e.name === 'script')).toBe(false);
    // Wrapped over lines in the box; whole in the box's tooltip and in the title.
    expect(squashedText(root)).toContain(squash(HOSTILE_NAME));
    expect(allElements(root).some((e) => e.name === 'title' && e.text.startsWith(HOSTILE_NAME))).toBe(true);
    expect(visibleTexts(root)).toContain(`${HOSTILE_NAME} & "park"`);
    expect(visibleTexts(root)[0]).toBe('Chain diagram: <script>alert(2)</script>');
  });

  it('carries the reference park’s scrap steel chain with the EAF project overlaid', async () => {
    const svg = await chainSvg(referenceParkWithBilletStage(), 'scrap-steel-chain', {
      language: 'zh',
      catalogue: referenceCatalogue(),
      project: 'eaf-steelmaking',
    });
    const root = parseSvg(svg);
    expect(withClass(root, 'missing-stage')).toHaveLength(0);
    expect(squashedText(root)).toContain(squash('补链项目「全废钢电炉炼钢」按情景建设'));
  });
});
