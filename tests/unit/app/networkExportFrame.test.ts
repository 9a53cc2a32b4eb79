import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { networkCaption, sourceLine } from '../../../src/app/network/exportCaption.ts';
import { NO_FILTERS } from '../../../src/app/network/filters.ts';
import { drawnContent } from '../../../src/app/network/networkDrawn.ts';
import { networkLegend } from '../../../src/app/network/networkLegend.ts';
import { framedNetworkSvg, wrapText } from '../../../src/app/network/networkSvg.ts';
import { displayContextIn } from '../../fixtures/displayContext.ts';

function loadModel(): ParkModel {
  const loaded = validateModel(structuredClone(parkJson));
  if (!loaded.ok) throw new Error('the reference park must be valid');
  return loaded.model;
}

const model = loadModel();
const graph = buildDisplayGraph(model);
const context = displayContextIn('zh');
const labels = (groups: ReturnType<typeof networkLegend>, index: number) => groups[index]!.items.map((i) => i.label);

describe('the exported legend lists what the picture draws', () => {
  it('lists every cluster and used category of the whole park, then the boundary and what size and width mean', () => {
    const legend = networkLegend(model, 'zh', drawnContent(graph, context()), 'throughflow');
    expect(legend.map((g) => g.title)).toEqual(['产业集群', '物料类别', '节点', '读图']);
    expect(labels(legend, 0)).toEqual(model.clusters.map((c) => c.name.zh));
    expect(labels(legend, 1)).toContain('废物');
    expect(labels(legend, 1)).not.toContain('未分类');
    expect(labels(legend, 2)).toEqual(['园区边界(外部供应/市场/处置)']);
    expect(legend[3]!.notes).toEqual(['节点大小:年物质通量(t/a)', '线宽:流量(对数)']);
  });

  it('leaves out a hidden cluster and a hidden category, in English too', () => {
    const hiddenCluster = model.clusters[0]!;
    const drawn = drawnContent(
      graph,
      context({
        hiddenClusters: new Set([hiddenCluster.id]),
        hiddenCategories: new Set(['waste']),
        showBoundary: false,
      }),
    );
    const legend = networkLegend(model, 'en', drawn, 'links');
    expect(labels(legend, 0)).not.toContain(hiddenCluster.name.en);
    expect(labels(legend, 0)).toHaveLength(model.clusters.length - 1);
    expect(labels(legend, 1)).not.toContain('Waste');
    // No boundary actor and no planned or closed enterprise: the actor group goes.
    expect(legend.map((g) => g.title)).toEqual(['Clusters', 'Material categories', 'Reading the picture']);
    expect(legend[2]!.notes?.[0]).toMatch(/number of partners/);
  });

  it('keeps only the clusters of the actors inside the picture (the current view)', () => {
    const cluster = model.clusters[1]!.id;
    const drawn = drawnContent(graph, context(), (node) => {
      const actor = graph.findNode((_, a) => a.x === node.x && a.y === node.y && a.size === node.size);
      const attributes = actor === undefined ? undefined : graph.getNodeAttribute(actor, 'actor');
      return attributes?.kind === 'enterprise' && attributes.cluster === cluster;
    });
    expect([...drawn.clusters]).toEqual([cluster]);
    expect(drawn.boundary).toBe(false);
    expect(drawn.categories.size).toBeGreaterThan(0);
  });
});

describe('the exported title and source line', () => {
  it('names the park in the UI language and says what the picture leaves out', () => {
    const filters = { ...NO_FILTERS, hiddenClusters: new Set([model.clusters[0]!.id]), minTonnes: 1000 };
    const zh = networkCaption(model, filters, 'view', 'zh', '2026-01-02');
    expect(zh.title).toBe('临沂经济技术开发区 物质交换网络');
    expect(zh.subtitle).toBe(`当前视图 · 未显示集群:${model.clusters[0]!.name.zh} · 仅显示不少于 1,000 t/a 的物质流`);
    expect(zh.dateLine).toBe('日期:2026-01-02');
    const en = networkCaption(model, NO_FILTERS, 'park', 'en', '2026-01-02');
    expect(en.title).toBe('Linyi Economic and Technological Development Zone material exchange network');
    expect(en.subtitle).toBe('whole park');
  });

  it("cites the model's sources in the UI language, the park model and Symbiograph", () => {
    expect(sourceLine(model, 'zh')).toBe(
      '数据来源:临沂经济技术开发区循环化改造案例、Symbiograph 估算、国家危险废物名录(2021年版);' +
        '临沂经济技术开发区 园区模型(linyi-etdz),参考年份 2019;部分数据为估算 · Symbiograph 制图',
    );
    expect(sourceLine(model, 'en')).toContain('Sources: 临沂经济技术开发区循环化改造案例, Symbiograph estimate, ');
    expect(sourceLine(model, 'en')).toMatch(/ · Drawn with Symbiograph$/);
    const unsourced = { ...model, park: { ...model.park, sources: [] }, flows: [] };
    expect(sourceLine(unsourced, 'en')).toBe(
      'Data source: Linyi Economic and Technological Development Zone park model (linyi-etdz), reference year 2019 · Drawn with Symbiograph',
    );
  });
});

describe('the frame around the picture', () => {
  it('wraps legend text to its column: Latin between words, CJK anywhere', () => {
    const lines = wrapText('Node size: number of partners (not every exchange gives a quantity)', 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Node size: number of partners (not every exchange gives a quantity)');
    for (const line of lines) expect(line.length * 11 * 0.56).toBeLessThanOrEqual(200 + 11);
    expect(wrapText('一二三四五六七八九十', 55, 11)).toEqual(['一二三四五', '六七八九十']);
  });

  it('leaves the picture area empty for the PNG and carries title, legend, date and source', () => {
    const svg = framedNetworkSvg({
      width: 400,
      height: 300,
      title: 'T',
      subtitle: 'S',
      legend: networkLegend(model, 'zh', drawnContent(graph, context()), 'throughflow'),
      dateLine: '日期:2026-01-02',
      sourceLine: sourceLine(model, 'zh'),
      language: 'zh',
    });
    expect(svg).toContain('class="legend"');
    expect(svg).not.toContain('class="network"');
    expect(svg).toContain('日期:2026-01-02');
    expect(svg).toContain('Symbiograph 制图');
  });

  it('wraps a long source line instead of running off the right edge', () => {
    const frame = (sourceLine: string) =>
      framedNetworkSvg({ width: 400, height: 300, title: 'T', legend: [], dateLine: 'D', sourceLine, language: 'en' });
    const short = frame('Source: a');
    const long = frame(sourceLine(model, 'en').repeat(2));
    const feet = (svg: string) => svg.match(/class="foot"/g)?.length;
    expect(feet(short)).toBe(2);
    expect(feet(long)).toBeGreaterThan(3);
    // The picture grows by the extra lines.
    const height = (svg: string) => Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(height(long)).toBe(height(short) + (feet(long)! - 2) * 16);
  });
});
