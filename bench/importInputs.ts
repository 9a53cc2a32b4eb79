/**
 * One synthetic park (syntheticPark.ts) in every form a user brings a park
 * in: our own exports (JSON, the exchange list, CSV tables, XLSX, GEXF,
 * GraphML) and the files other tools and people write — a GEXF as Gephi
 * saves it and a GraphML as Cytoscape does (nodes and edges only, no
 * payload, so the park is rebuilt from the graph), and an exchange list as
 * researchers publish one (names with legal-form variants, no quantity on
 * half the rows, blank categories, years, citations, a column of its own).
 * The import benchmark (imports.ts) and the complexity test
 * (tests/unit/io/importComplexity.test.ts) read the same inputs.
 */
import { exportModel, type ModelFormat } from '../src/core/io/formats.ts';
import type { ParkModel } from '../src/core/model/types.ts';

/** A file's bytes, or for `tables-csv` the directory's files by name. */
export type ImportFile = Uint8Array | ReadonlyMap<string, Uint8Array>;

export interface ImportCase {
  /** As the benchmark table names it. */
  readonly label: string;
  readonly format: ModelFormat;
  /** The file name a user would give it (a directory for CSV tables). */
  readonly fileName: string;
  readonly file: ImportFile;
}

export const IMPORT_CASES = [
  'json',
  'exchange list',
  'exchange list (published)',
  'tables-csv',
  'xlsx',
  'gexf',
  'gexf (Gephi)',
  'graphml',
  'graphml (Cytoscape)',
] as const;

export type ImportCaseLabel = (typeof IMPORT_CASES)[number];

const encoder = new TextEncoder();

/** The cases asked for (all by default), in IMPORT_CASES's order. */
export async function importCases(model: ParkModel, only: readonly string[] = IMPORT_CASES): Promise<ImportCase[]> {
  const exported = async (format: ModelFormat): Promise<ImportFile> => {
    const { output } = await exportModel(model, format);
    if (output.kind === 'bytes') return output.bytes;
    if (output.kind === 'text') return encoder.encode(output.text);
    return new Map([...output.files].map(([name, text]) => [name, encoder.encode(text)]));
  };
  const make: Record<ImportCaseLabel, () => Promise<[ModelFormat, string, ImportFile]>> = {
    json: async () => ['json', 'park.json', await exported('json')],
    'exchange list': async () => ['flows-csv', 'flows.csv', await exported('flows-csv')],
    'exchange list (published)': async () => ['flows-csv', 'published.csv', encoder.encode(publishedList(model))],
    'tables-csv': async () => ['tables-csv', 'tables/', await exported('tables-csv')],
    xlsx: async () => ['xlsx', 'park.xlsx', await exported('xlsx')],
    gexf: async () => ['gexf', 'park.gexf', await exported('gexf')],
    'gexf (Gephi)': async () => ['gexf', 'gephi.gexf', encoder.encode(gephiGexf(model))],
    graphml: async () => ['graphml', 'park.graphml', await exported('graphml')],
    'graphml (Cytoscape)': async () => ['graphml', 'cytoscape.graphml', encoder.encode(cytoscapeGraphml(model))],
  };
  const cases: ImportCase[] = [];
  for (const label of IMPORT_CASES) {
    if (!only.includes(label)) continue;
    const [format, fileName, file] = await make[label]();
    cases.push({ label, format, fileName, file });
  }
  return cases;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain names, every twentieth shared by several nodes (`Farm`), as drawn graphs often have them. */
function nodeLabel(model: ParkModel, index: number): string {
  const enterprise = model.enterprises[index];
  return index % 20 === 7 ? 'Farm' : (enterprise?.name.en ?? enterprise?.id ?? `node ${index}`);
}

function materialNames(model: ParkModel): Map<string, string> {
  return new Map(model.materials.map((m) => [m.id, m.name.en ?? m.name.zh ?? m.id]));
}

/** Gephi's GEXF: counter ids, labels, a modularity class, weights, units on half the edges; no streams, no payload. */
export function gephiGexf(model: ParkModel): string {
  const nodeId = new Map(model.enterprises.map((e, i) => [e.id, `n${i}`]));
  const materials = materialNames(model);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Gephi 0.10.1</creator><title>synthetic park</title></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="modularity_class" title="Modularity Class" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="unit" title="unit" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  model.enterprises.forEach((_, i) =>
    out.push(
      `      <node id="n${i}" label="${xml(nodeLabel(model, i))}"><attvalues>` +
        `<attvalue for="modularity_class" value="${i % 7}"/></attvalues></node>`,
    ),
  );
  for (const boundary of ['@supply', '@market', '@disposal'])
    out.push(`      <node id="${boundary}" label="${boundary}"/>`);
  out.push('    </nodes>', '    <edges>');
  model.flows.forEach((f, k) => {
    const weight = f.quantity === undefined ? '' : ` weight="${f.quantity}"`;
    // Every other edge without its unit: the material's unit is taken, as for a weight from a drawing.
    const unit =
      f.unit === undefined || k % 2 === 1 ? '' : `<attvalues><attvalue for="unit" value="${xml(f.unit)}"/></attvalues>`;
    out.push(
      `      <edge id="${k}" source="${nodeId.get(f.from) ?? f.from}" target="${nodeId.get(f.to) ?? f.to}"` +
        ` label="${xml(materials.get(f.material) ?? f.material)}"${weight}>${unit}</edge>`,
    );
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** Cytoscape's GraphML: numeric node ids, a `name` and a sector per node, `interaction` and `weight` per edge. */
export function cytoscapeGraphml(model: ParkModel): string {
  const nodeId = new Map(model.enterprises.map((e, i) => [e.id, String(100 + i)]));
  const materials = materialNames(model);
  const out = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key attr.name="name" attr.type="string" for="node" id="name"/>',
    '  <key attr.name="sector" attr.type="string" for="node" id="sector"/>',
    '  <key attr.name="selected" attr.type="boolean" for="node" id="selected"><default>false</default></key>',
    '  <key attr.name="interaction" attr.type="string" for="edge" id="interaction"/>',
    '  <key attr.name="weight" attr.type="double" for="edge" id="weight"/>',
    '  <key attr.name="unit" attr.type="string" for="edge" id="unit"/>',
    '  <graph edgedefault="directed">',
  ];
  model.enterprises.forEach((e, i) =>
    out.push(
      `    <node id="${100 + i}"><data key="name">${xml(nodeLabel(model, i))}</data>` +
        `<data key="sector">${xml(e.cluster)}</data></node>`,
    ),
  );
  for (const boundary of ['@supply', '@market', '@disposal'])
    out.push(`    <node id="${boundary}"><data key="name">${boundary}</data></node>`);
  for (const f of model.flows) {
    const weight = f.quantity === undefined ? '' : `<data key="weight">${f.quantity}</data>`;
    const unit = f.unit === undefined ? '' : `<data key="unit">${xml(f.unit)}</data>`;
    out.push(
      `    <edge source="${nodeId.get(f.from) ?? f.from}" target="${nodeId.get(f.to) ?? f.to}">` +
        `<data key="interaction">${xml(materials.get(f.material) ?? f.material)}</data>${weight}${unit}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/**
 * An exchange list as published: English names, every fiftieth with a legal
 * form (a probable duplicate of nothing, or of its plain spelling where both
 * appear), a quantity on every other row, a blank category on every third,
 * start years, citations, and a column of the author's own.
 */
export function publishedList(model: ParkModel): string {
  const names = new Map(model.enterprises.map((e, i) => [e.id, `Plant ${i}${i % 50 === 0 ? ' Co. Ltd' : ''}`]));
  const materials = new Map(model.materials.map((m) => [m.id, m]));
  const rows = ['from,to,material,category,quantity,unit,year,source,distance km'];
  model.flows.forEach((f, k) => {
    const material = materials.get(f.material);
    const measured = k % 2 === 1 && f.quantity !== undefined;
    rows.push(
      [
        names.get(f.from) ?? f.from,
        names.get(f.to) ?? f.to,
        material?.name.en ?? f.material,
        k % 3 === 0 ? '' : (material?.category ?? ''),
        measured ? String(f.quantity) : '',
        measured ? (f.unit ?? '') : '',
        String(1970 + (k % 50)),
        `Author ${k % 40} (${2010 + (k % 10)})`,
        k % 5 === 0 ? String(k % 17) : '',
      ].join(','),
    );
  });
  return `${rows.join('\n')}\n`;
}
