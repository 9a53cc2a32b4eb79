/**
 * GEXF and GraphML: our own exports come back whole and open styled in
 * Gephi; files from Gephi, Cytoscape and yEd import with their attributes
 * kept; hostile XML is refused or reported, never expanded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportModel, importModel, type ModelFormat } from '../../../src/core/io/formats.ts';
import { writeGexf } from '../../../src/core/io/gexfWrite.ts';
import { writeGraphml } from '../../../src/core/io/graphmlWrite.ts';
import { defaultLayout, graphNodeIds } from '../../../src/core/io/graphStyle.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import type { ValidationResult } from '../../../src/core/model/validate.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

const encoder = new TextEncoder();
const fixture = (name: string) => readFileSync(`tests/fixtures/io/${name}`);
const load = (text: string | Uint8Array, format: ModelFormat, file = `park.${format}`) =>
  importModel(typeof text === 'string' ? encoder.encode(text) : text, format, { file, referenceYear: 2024 });
const messages = (result: ValidationResult) =>
  (result.ok ? result.warnings : [...result.errors, ...result.warnings]).map((p) => formatProblem(p, 'en'));
function modelOf(result: ValidationResult): ParkModel {
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result.model;
}

const park = fourEnterprisePark();

describe('GEXF export', () => {
  it('writes GEXF 1.3 with typed attributes and viz colour, size and position', () => {
    const { text } = writeGexf(park);
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toContain('<attribute id="location.lon" title="location.lon" type="double"/>');
    expect(text).toContain('<attribute id="quantity" title="quantity" type="double"/>');
    // The CHP is in cluster "util", coloured #0072B2; the largest mass throughflow gets size 30.
    expect(text).toMatch(
      /<node id="chp" label="热电厂">[\s\S]*?<viz:size value="30"\/>[\s\S]*?<viz:color r="0" g="114" b="178"\/>/,
    );
    expect(text).toContain('<edge id="f1" source="@supply" target="chp" label="煤炭" weight="100000">');
    expect(writeGexf(park).text).toBe(text);
  });

  it('places nodes at the saved view, else by a deterministic layout', () => {
    const layout = defaultLayout(park);
    expect(writeGexf(park).text).toContain(`<node id="fert" label="复合肥厂">`);
    const fert = layout.get('fert')!;
    expect(writeGexf(park).text).toContain(`<viz:position x="${fert.x}" y="${fert.y}" z="0"/>`);
    const viewed = { ...park, view: { positions: { fert: { x: 12.5, y: -7 } } } };
    expect(writeGexf(viewed).text).toContain('<viz:position x="12.5" y="-7" z="0"/>');
  });
});

describe('GEXF and GraphML round trips', () => {
  it.each(['gexf', 'graphml'] as const)('%s keeps the whole model, view included', async (format) => {
    const viewed: ParkModel = { ...park, view: { positions: { fert: { x: 12.5, y: -7 }, ghost: { x: 1, y: 2 } } } };
    const { output } = await exportModel(viewed, format);
    expect(modelOf(await load(output.kind === 'text' ? output.text : '', format))).toEqual(viewed);
  });

  it.each(['gexf', 'graphml'] as const)('%s takes nodes moved in another tool as the new view', async (format) => {
    const { output } = await exportModel(park, format);
    const text = output.kind === 'text' ? output.text : '';
    const moved =
      format === 'gexf'
        ? text.replace(/(<node id="fert"[\s\S]*?<viz:position )x="[^"]*" y="[^"]*"/, '$1x="1" y="2"')
        : text.replace(
            /(<node id="fert">\s*<data key="d1">[^<]*<\/data>\s*)<data key="d2">[^<]*<\/data>\s*<data key="d3">[^<]*<\/data>/,
            '$1<data key="d2">1</data><data key="d3">2</data>',
          );
    expect(moved).not.toBe(text);
    const model = modelOf(await load(moved, format));
    expect(model.view?.positions?.['fert']).toEqual({ x: 1, y: 2 });
    const { enterprises, boundary } = graphNodeIds(park);
    expect(Object.keys(model.view?.positions ?? {}).sort()).toEqual([...enterprises, ...boundary].sort());
  });

  it('keeps markup in names as plain text', async () => {
    const marked = structuredClone(park);
    marked.enterprises[0]!.name = { en: '<script>alert("x")</script> & <b>co</b>' };
    marked.flows[0]!.note = ']]><!-- --> &amp; \n\r\t end';
    for (const format of ['gexf', 'graphml'] as const) {
      const { output } = await exportModel(marked, format);
      const text = output.kind === 'text' ? output.text : '';
      expect(text).not.toContain('<script>');
      expect(modelOf(await load(text, format))).toEqual(marked);
    }
  });

  it('replaces characters XML cannot hold, and says so', async () => {
    const odd = structuredClone(park);
    odd.flows[0]!.note = 'bell\u0007';
    const exported = await exportModel(odd, 'gexf');
    expect(exported.warnings.map((w) => w.message.en)).toEqual([
      '1 control character(s) that XML cannot hold were replaced by U+FFFD',
    ]);
    const model = modelOf(await load(exported.output.kind === 'text' ? exported.output.text : '', 'gexf'));
    expect(model.flows[0]?.note).toBe('bell\uFFFD');
  });

  it('falls back to the graph alone when the payload is damaged', async () => {
    const unsourced = structuredClone(park);
    delete unsourced.enterprises[0]!.capacities[0]!.source; // the park's sources travel in the payload
    const text = writeGraphml(unsourced).text.replace('{"format":"symbiograph"', '{"format":"symbiograph",');
    const result = await load(text, 'graphml');
    expect(messages(result).some((m) => m.includes('Symbiograph data in the file is damaged'))).toBe(true);
    expect(modelOf(result).enterprises.map((e) => e.id)).toEqual(park.enterprises.map((e) => e.id));
  });
});

describe('files from other tools', () => {
  it('Gephi 0.10 (GEXF 1.3): labels, modularity classes as clusters, weights, positions, other attributes kept', async () => {
    const result = await load(fixture('gephi-0.10.gexf'), 'gexf', 'gephi.gexf');
    const model = modelOf(result);
    expect(model.park).toEqual({ id: 'gephi', name: { zh: '东区副产品交换' }, referenceYear: 2024 });
    expect(model.enterprises.map((e) => [e.id, e.name, e.cluster])).toEqual([
      ['富源热电', { zh: '富源热电' }, '0'],
      ['施可丰化工', { zh: '施可丰化工' }, '1'],
      ['cement-co.-b', { en: 'Cement & Co. <b>' }, '1'],
    ]);
    expect(model.clusters).toEqual([
      { id: '0', name: { en: '0' }, colour: '#E69F00' },
      { id: '1', name: { en: '1' }, colour: '#56B4E9' },
    ]);
    expect(model.enterprises[0]).toMatchObject({
      location: { lon: 118.35, lat: 35.05 },
      attributes: { 'In-Degree': 0, industry: 'energy' },
      outputs: [
        expect.objectContaining({ material: '蒸汽', quantity: 120000, unit: 't/a' }),
        expect.objectContaining({ material: '粉煤灰', quantity: 35000 }),
      ],
    });
    expect(model.flows[0]).toEqual({
      id: '0',
      from: '富源热电',
      to: '施可丰化工',
      material: '蒸汽',
      quantity: 120000,
      unit: 't/a',
      status: 'existing',
    });
    expect(model.view?.positions?.['富源热电']).toEqual({ x: -120.5, y: 45.25 });
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        'gephi.gexf: 3 enterprise(s) had no role and were set to producer',
        'gephi.gexf: 1 edge(s) had no material and were recorded as "unspecified"',
        'gephi.gexf: attributes not recognised were kept as custom attributes: "In-Degree", "industry"',
      ]),
    );
  });

  it('Gephi 0.9 (GEXF 1.2draft): default attribute values, undirected edges', async () => {
    const result = await load(fixture('gephi-0.9.gexf'), 'gexf', 'old.gexf');
    const model = modelOf(result);
    expect(model.enterprises.map((e) => [e.name.en, e.cluster])).toEqual([
      ['Steel mill', 'metals'],
      ['Slag recycler', 'recycling'],
    ]);
    expect(model.flows[0]).toMatchObject({
      from: 'steel-mill',
      to: 'slag-recycler',
      material: 'slag',
      quantity: 45000,
    });
    expect(messages(result)).toContain(
      'old.gexf: the graph is undirected: each edge was read as a flow from source to target',
    );
  });

  it('Cytoscape (GraphML keys named after columns): name, interaction and weight', async () => {
    const model = modelOf(await load(fixture('cytoscape.graphml'), 'graphml', 'cy.graphml'));
    expect(model.park.name).toEqual({ en: 'Industrial symbiosis network' });
    expect(model.enterprises.map((e) => [e.id, e.name.en, e.attributes])).toEqual([
      ['steel-mill', 'Steel mill', { sector: 'metals' }],
      ['cement-plant', 'Cement plant', { sector: 'building materials' }],
      ['power-station', 'Power station', { sector: 'energy', capacity_MW: 48 }],
    ]);
    expect(model.flows.map((f) => [f.from, f.to, f.material, f.quantity])).toEqual([
      ['steel-mill', 'cement-plant', 'slag', 45000],
      ['power-station', 'cement-plant', 'fly-ash', 30000],
    ]);
  });

  it('yEd (y: drawing data): labels, positions from geometry, groups as clusters', async () => {
    const result = await load(fixture('yed.graphml'), 'graphml', 'yed.graphml');
    const model = modelOf(result);
    expect(model.enterprises.map((e) => [e.id, e.cluster, e.attributes])).toEqual([
      ['热电厂', 'unassigned', { description: '燃煤热电联产' }],
      ['化肥厂', '化工区', undefined],
    ]);
    expect(model.view?.positions).toEqual({ 热电厂: { x: 130, y: 215 }, 化肥厂: { x: 350, y: 195 } });
    // yEd edges carry no number: a structural exchange, with no invented quantity.
    expect(model.flows[0]).toMatchObject({ from: '热电厂', to: '化肥厂', material: '蒸汽' });
    expect(model.flows[0]!.quantity).toBeUndefined();
    expect(model.flows[0]!.estimated).toBeUndefined();
    expect(messages(result)).toContain(
      "yed.graphml, line 15: 1 group node(s) were flattened: the nodes inside take the group's name as their cluster",
    );
  });
});

describe('hostile and broken XML', () => {
  it.each([
    ['xxe.graphml', 'graphml'],
    ['billion-laughs.gexf', 'gexf'],
  ] as const)('refuses entity declarations (%s) before parsing, quickly', async (name, format) => {
    const started = Date.now();
    const result = await load(fixture(name), format, name);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.location])).toEqual([
      ['xml-entities-refused', { file: name, line: 2 }],
    ]);
    expect(JSON.stringify(result)).not.toContain('root:');
    expect(JSON.stringify(result)).not.toContain('lollol');
  });

  it('never expands entities even without a DOCTYPE: undeclared references stay text', async () => {
    const foreign = await load(
      '<gexf version="1.3"><graph><nodes><node id="a" label="&lol9; &#60;b&#62; &amp;lt;"/></nodes></graph></gexf>',
      'gexf',
    );
    expect(modelOf(foreign).enterprises[0]?.name).toEqual({ en: '&lol9; <b> &lt;' });
  });

  it.each(['gexf', 'graphml'] as const)(
    'reports a truncated %s file with its line, without throwing',
    async (format) => {
      const { output } = await exportModel(park, format);
      const text = output.kind === 'text' ? output.text : '';
      const result = await load(text.slice(0, Math.floor(text.length / 2)), format, 'cut');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[0]?.code).toBe('xml-syntax');
      expect(!result.ok && result.errors[0]?.location?.line).toBeGreaterThan(1);
    },
  );

  it('reports a file of the wrong kind, unknown edge ends and duplicate nodes with their lines', async () => {
    expect(messages(await load('<graphml/>', 'gexf', 'x.gexf'))).toEqual([
      'x.gexf: not a GEXF file: no <gexf><graph> element',
    ]);
    const broken = [
      '<graphml>',
      '<graph>',
      '<node id="a"/>',
      '<node id="a"/>',
      '<edge source="a" target="b"/>',
      '</graph>',
      '</graphml>',
    ].join('\n');
    expect(messages(await load(broken, 'graphml', 'b.graphml'))).toEqual(
      expect.arrayContaining([
        'b.graphml, line 4: node id "a" appears twice',
        'b.graphml, line 5: the edge refers to an unknown node "b"',
      ]),
    );
  });
});
