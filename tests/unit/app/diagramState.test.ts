import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import parkJson from '../../../data/linyi-etdz.json';
import { renderChainSvg } from '../../../src/core/diagram/chainSvg.ts';
import { layoutDiagram } from '../../../src/core/diagram/layeredLayout.ts';
import { selectDiagram } from '../../../src/core/diagram/selectDiagram.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import {
  createLatestGate,
  diagramFileParts,
  diagramFormReducer,
  diagramRequest,
  initialDiagramForm,
  targetChoices,
} from '../../../src/app/outputs/diagramState.ts';
import { exportFileName } from '../../../src/app/outputs/fileNames.ts';

const HOSTILE = '<img src=x onerror=alert(1)>&"\'';

function loadModel(json: unknown = parkJson): ParkModel {
  const loaded = validateModel(json);
  if (!loaded.ok) throw new Error('the reference park must be valid');
  return loaded.model;
}
const model = loadModel();

describe('the diagram form', () => {
  it('starts on the first chain and keeps each kind’s choice while switching', () => {
    let form = initialDiagramForm(model);
    expect(form.kind).toBe('chain');
    expect(form.ids.chain).toBe(model.chains[0]!.id);
    form = diagramFormReducer(form, { type: 'target', id: 'scrap-steel-chain' });
    form = diagramFormReducer(form, { type: 'kind', kind: 'enterprise' });
    form = diagramFormReducer(form, { type: 'target', id: 'jinsheng' });
    form = diagramFormReducer(form, { type: 'kind', kind: 'chain' });
    expect(form.ids).toMatchObject({ chain: 'scrap-steel-chain', enterprise: 'jinsheng' });
  });

  it('refuses depths that are not whole numbers of at least 1', () => {
    const form = initialDiagramForm(model);
    expect(diagramFormReducer(form, { type: 'depth', depth: 0 })).toBe(form);
    expect(diagramFormReducer(form, { type: 'depth', depth: 1.5 })).toBe(form);
    expect(diagramFormReducer(form, { type: 'depth', depth: 2 }).depth).toBe(2);
  });

  it('asks core for a depth only for enterprises, and for a project only with a catalogue', () => {
    let form = diagramFormReducer(initialDiagramForm(model), { type: 'project', project: 'tech-x' });
    expect(diagramRequest(form, 'en', undefined)).toEqual({
      target: { kind: 'chain', id: model.chains[0]!.id },
      options: { language: 'en' },
    });
    const catalogue = { technologies: [] } as never;
    expect(diagramRequest(form, 'zh', catalogue)?.options).toEqual({ language: 'zh', catalogue, project: 'tech-x' });
    form = diagramFormReducer(diagramFormReducer(form, { type: 'kind', kind: 'enterprise' }), {
      type: 'depth',
      depth: 2,
    });
    expect(diagramRequest(form, 'zh', undefined)?.options).toEqual({ language: 'zh', depth: 2 });
  });

  it('has nothing to ask for in a park without chains', () => {
    const form = initialDiagramForm({ ...model, chains: [] });
    expect(diagramRequest(form, 'zh', undefined)).toBeNull();
  });

  it('lists chains in model order and enterprises by name', () => {
    expect(targetChoices(model, 'chain', 'en').map((c) => c.id)).toEqual(model.chains.map((c) => c.id));
    const names = targetChoices(model, 'enterprise', 'en').map((c) => c.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).toHaveLength(model.enterprises.length);
  });

  it('names files from the park and the diagram, safe characters only', () => {
    let form = diagramFormReducer(initialDiagramForm(model), { type: 'target', id: 'scrap-steel-chain' });
    expect(exportFileName(diagramFileParts('linyi-etdz', form), 'svg')).toBe('linyi-etdz-chain-scrap-steel-chain.svg');
    form = diagramFormReducer(diagramFormReducer(form, { type: 'kind', kind: 'enterprise' }), {
      type: 'target',
      id: 'a/b:c*?.d',
    });
    expect(exportFileName(diagramFileParts('../park', form), 'png', 2)).toBe('park-enterprise-a-b-c-d-depth1@2x.png');
    expect(exportFileName(['临沂 园区', '<>'], 'svg')).toBe('临沂-园区-untitled.svg');
  });
});

describe('createLatestGate', () => {
  it('lets only the newest request through', () => {
    const gate = createLatestGate();
    const first = gate.begin();
    const second = gate.begin();
    expect(gate.isLatest(first)).toBe(false);
    expect(gate.isLatest(second)).toBe(true);
  });
});

describe('core chain SVG shown inline in the app', () => {
  it('escapes a hostile enterprise name, so inserting the markup cannot create elements', async () => {
    const json = structuredClone(parkJson) as { enterprises: { id: string; name: unknown }[] };
    json.enterprises.find((e) => e.id === 'jinsheng')!.name = { zh: HOSTILE, en: HOSTILE };
    const hostile = loadModel(json);
    const selection = selectDiagram(hostile, { kind: 'enterprise', id: 'jinsheng' }, { language: 'zh' });
    if (!selection.ok) throw new Error('jinsheng must be selectable');
    const svg = renderChainSvg(await layoutDiagram(selection.diagram), { date: '2025-03-01' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<img/i);
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') texts.push(node);
      else if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(new XMLParser({ ignoreAttributes: true }).parse(svg));
    expect(texts.join('')).toContain('<img src=x');
  });
});
