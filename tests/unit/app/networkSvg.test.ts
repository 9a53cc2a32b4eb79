import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import type { DisplayContext } from '../../../src/app/network/display.ts';
import { buildDisplayGraph } from '../../../src/app/network/displayGraph.ts';
import { networkLegend } from '../../../src/app/network/networkLegend.ts';
import { drawnContent } from '../../../src/app/network/networkDrawn.ts';
import { fitToFrame, renderNetworkSvg } from '../../../src/app/network/networkSvg.ts';
import { displayContextIn } from '../../fixtures/displayContext.ts';

const HOSTILE = '<img src=x onerror=alert(1)>&"\'';

function loadModel(rename?: { id: string; name: string }): ParkModel {
  const json = structuredClone(parkJson) as { enterprises: { id: string; name: { zh?: string; en?: string } }[] };
  if (rename) {
    const enterprise = json.enterprises.find((e) => e.id === rename.id)!;
    enterprise.name = { zh: rename.name, en: rename.name };
  }
  const loaded = validateModel(json);
  if (!loaded.ok) throw new Error('the reference park must be valid');
  return loaded.model;
}

const context = displayContextIn('zh');

function draw(model: ParkModel, ctx: DisplayContext = context()) {
  const graph = buildDisplayGraph(model);
  const svg = renderNetworkSvg(graph, ctx, {
    width: 800,
    height: 600,
    toViewport: fitToFrame(graph, 800, 600),
    sizeScale: 1,
    title: '临沂 物质交换网络',
    subtitle: '整个园区',
    legend: networkLegend(model, 'zh', drawnContent(graph, ctx), 'throughflow'),
    dateLine: '日期:2025-03-01',
    sourceLine: '数据来源:测试',
    language: 'zh',
  });
  return { graph, svg };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
type Element = Record<string, Element[] | string | undefined> & { '#text'?: string };

function actorGroups(svg: string): Element[] {
  const root = (parser.parse(svg) as { svg: Element[] }).svg[0]!;
  const network = (root['g'] as Element[]).find((g) => g['@class'] === 'network')!;
  const actors = (network['g'] as Element[]).find((g) => g['@class'] === 'actors')!;
  return (actors['g'] as Element[] | undefined) ?? [];
}

describe('renderNetworkSvg', () => {
  it('is well-formed XML with every visible actor, the legend, title, date and source', () => {
    const model = loadModel();
    const { graph, svg } = draw(model);
    expect(XMLValidator.validate(svg)).toBe(true);
    const ids = actorGroups(svg).map((g) => g['@data-id']);
    expect(ids.sort()).toEqual(graph.nodes().sort());
    expect(svg).toContain('class="legend"');
    for (const cluster of model.clusters) expect(svg).toContain(`>${cluster.name.zh}</text>`);
    expect(svg).toContain('物料类别');
    expect(svg).toContain('临沂 物质交换网络');
    expect(svg).toContain('日期:2025-03-01');
    expect(svg).toContain('数据来源:测试');
    expect(svg.match(/class="flow"/g)?.length).toBe(graph.size);
  });

  it('leaves out actors hidden by a filter, and their flows', () => {
    const model = loadModel();
    const cluster = model.clusters[0]!.id;
    const { graph, svg } = draw(model, context({ hiddenClusters: new Set([cluster]) }));
    const visible = graph.filterNodes((_, a) => a.actor.kind !== 'enterprise' || a.actor.cluster !== cluster);
    expect(actorGroups(svg).length).toBe(visible.length);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('keeps a hostile enterprise name as text', () => {
    const model = loadModel({ id: 'jinsheng', name: HOSTILE });
    const { svg } = draw(model);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<img');
    const actor = actorGroups(svg).find((g) => g['@data-id'] === 'jinsheng')!;
    const title = (actor['title'] as Element[])[0]!;
    expect(typeof title === 'string' ? title : title['#text']).toBe(HOSTILE);
  });

  it('draws only actors inside the frame when clipping to the current view', () => {
    const model = loadModel();
    const graph = buildDisplayGraph(model);
    const svg = renderNetworkSvg(graph, context(), {
      width: 400,
      height: 300,
      toViewport: (p) => ({ x: p.x > 0 ? 10_000 : 100, y: 100 }),
      sizeScale: 1,
      clip: true,
      title: 't',
      legend: [],
      dateLine: 'd',
      sourceLine: 's',
      language: 'en',
    });
    const inside = graph.filterNodes((_, a) => a.x <= 0);
    expect(actorGroups(svg).length).toBe(inside.length);
  });
});
