import { describe, expect, it } from 'vitest';
import { validateModel, validateModelText } from '../../../src/core/model/validate.ts';
import { formatPath, formatProblem, type Problem } from '../../../src/core/model/problems.ts';
import { fourEnterpriseParkJson, type LooseDoc } from '../../fixtures/fourEnterprisePark.ts';

function problemsOf(doc: unknown): { errors: readonly Problem[]; warnings: readonly Problem[] } {
  const result = validateModel(doc);
  return result.ok ? { errors: [], warnings: result.warnings } : { errors: result.errors, warnings: result.warnings };
}

describe('validateModel on the hand-made park', () => {
  it('accepts it with no errors and no warnings', () => {
    const result = validateModel(fourEnterpriseParkJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([]);
  });
});

interface Case {
  readonly rule: string;
  readonly mutate: (doc: LooseDoc) => void;
  readonly code: string;
  readonly path: string;
  readonly en: string;
  readonly zh: string;
}

/** One hand-made bad file per rule: each asserts the exact path and the message in both languages. */
const ERROR_CASES: Case[] = [
  {
    rule: 'missing field',
    mutate: (d) => delete d.enterprises[1].role,
    code: 'missing-field',
    path: 'enterprises[1].role',
    en: 'required field is missing',
    zh: '缺少必填字段',
  },
  {
    rule: 'wrong type',
    mutate: (d) => (d.flows[0].quantity = '100'),
    code: 'wrong-type',
    path: 'flows[0].quantity',
    en: 'expected a number, got "100"',
    zh: '应为数字',
  },
  {
    rule: 'unknown field (typo)',
    mutate: (d) => (d.flows[2].quantiy = 3),
    code: 'unknown-field',
    path: 'flows[2].quantiy',
    en: 'unknown field "quantiy"',
    zh: '未知字段 "quantiy"',
  },
  {
    rule: 'invalid enum value',
    mutate: (d) => (d.materials[0].category = 'rubbish'),
    code: 'invalid-option',
    path: 'materials[0].category',
    en: 'invalid value "rubbish"; expected one of "product"',
    zh: '无效取值 "rubbish"',
  },
  {
    rule: 'negative quantity',
    mutate: (d) => (d.flows[3].quantity = -5),
    code: 'negative',
    path: 'flows[3].quantity',
    en: 'must not be negative (got -5)',
    zh: '数量不能为负(-5)',
  },
  {
    rule: 'negative declared stream',
    mutate: (d) => (d.enterprises[0].outputs[0].quantity = -1),
    code: 'negative',
    path: 'enterprises[0].outputs[0].quantity',
    en: 'must not be negative',
    zh: '数量不能为负',
  },
  {
    rule: 'empty name',
    mutate: (d) => (d.clusters[1].name = {}),
    code: 'name-empty',
    path: 'clusters[1].name',
    en: 'a name needs Chinese or English text',
    zh: '名称至少需要中文或英文之一',
  },
  {
    rule: 'invalid id',
    mutate: (d) => (d.enterprises[2].id = 'bad id!'),
    code: 'invalid-format',
    path: 'enterprises[2].id',
    en: 'invalid id "bad id!"',
    zh: '标识符 "bad id!" 无效',
  },
  {
    rule: 'enterprise id in the boundary namespace',
    mutate: (d) => (d.enterprises[2].id = '@wwtp'),
    code: 'invalid-format',
    path: 'enterprises[2].id',
    en: 'invalid id "@wwtp"',
    zh: '标识符 "@wwtp" 无效',
  },
  {
    rule: 'bad colour',
    mutate: (d) => (d.clusters[0].colour = 'blue'),
    code: 'invalid-format',
    path: 'clusters[0].colour',
    en: 'colour "blue" must look like #RRGGBB',
    zh: '颜色 "blue" 应为 #RRGGBB 形式',
  },
  {
    rule: 'bad hazardous-waste code',
    mutate: (d) => (d.materials[4].hazardousWasteCode = 'H22'),
    code: 'invalid-format',
    path: 'materials[4].hazardousWasteCode',
    en: 'hazardous-waste code "H22" must be HW and two digits',
    zh: '危废类别 "H22"',
  },
  {
    rule: 'chain with one stage',
    mutate: (d) => d.chains[0].stages.pop(),
    code: 'too-few',
    path: 'chains[0].stages',
    en: 'needs at least 2 item(s)',
    zh: '至少需要 2 项',
  },
  {
    rule: 'duplicate enterprise id',
    mutate: (d) => (d.enterprises[3].id = 'chp'),
    code: 'duplicate-id',
    path: 'enterprises[3].id',
    en: 'duplicate id "chp" (first used at enterprises[0])',
    zh: '重复的标识符 "chp"',
  },
  {
    rule: 'duplicate flow id',
    mutate: (d) => (d.flows[7].id = 'f1'),
    code: 'duplicate-id',
    path: 'flows[7].id',
    en: 'duplicate id "f1" (first used at flows[0])',
    zh: '重复的标识符 "f1"',
  },
  {
    rule: 'duplicate material id',
    mutate: (d) => (d.materials[5].id = 'coal'),
    code: 'duplicate-id',
    path: 'materials[5].id',
    en: 'duplicate id "coal"',
    zh: '重复的标识符 "coal"',
  },
  {
    rule: 'unknown cluster',
    mutate: (d) => (d.enterprises[0].cluster = 'energy'),
    code: 'unknown-reference',
    path: 'enterprises[0].cluster',
    en: 'unknown cluster "energy"',
    zh: '未知集群 "energy"',
  },
  {
    rule: 'unknown material in a flow',
    mutate: (d) => (d.flows[4].material = 'scrap-cu'),
    code: 'unknown-reference',
    path: 'flows[4].material',
    en: 'unknown material "scrap-cu"',
    zh: '未知物料 "scrap-cu"',
  },
  {
    rule: 'unknown material in a declared stream',
    mutate: (d) => (d.enterprises[3].inputs[1].material = 'manure'),
    code: 'unknown-reference',
    path: 'enterprises[3].inputs[1].material',
    en: 'unknown material "manure"',
    zh: '未知物料 "manure"',
  },
  {
    rule: 'unknown sender',
    mutate: (d) => (d.flows[1].from = 'ghost'),
    code: 'unknown-reference',
    path: 'flows[1].from',
    en: 'unknown enterprise "ghost"',
    zh: '未知企业 "ghost"',
  },
  {
    rule: 'unknown receiver',
    mutate: (d) => (d.flows[1].to = 'ghost'),
    code: 'unknown-reference',
    path: 'flows[1].to',
    en: 'unknown enterprise "ghost"',
    zh: '未知企业 "ghost"',
  },
  {
    rule: 'unknown chain stage material',
    mutate: (d) => d.chains[0].stages[1].materials.push('urea'),
    code: 'unknown-reference',
    path: 'chains[0].stages[1].materials[1]',
    en: 'unknown material "urea"',
    zh: '未知物料 "urea"',
  },
  {
    rule: 'unknown chain cluster',
    mutate: (d) => (d.chains[0].cluster = 'x'),
    code: 'unknown-reference',
    path: 'chains[0].cluster',
    en: 'unknown cluster "x"',
    zh: '未知集群 "x"',
  },
  {
    rule: 'unknown source',
    mutate: (d) => (d.enterprises[0].capacities[0].source = 'yearbook'),
    code: 'unknown-reference',
    path: 'enterprises[0].capacities[0].source',
    en: 'unknown source "yearbook"',
    zh: '未知来源 "yearbook"',
  },
  {
    rule: '@market as a sender',
    mutate: (d) => (d.flows[0].from = '@market'),
    code: 'boundary-misuse',
    path: 'flows[0].from',
    en: '"@market" can only receive (to)',
    zh: '"@market" 只能作为接收方',
  },
  {
    rule: '@supply as a receiver',
    mutate: (d) => (d.flows[7].to = '@supply'),
    code: 'boundary-misuse',
    path: 'flows[7].to',
    en: '"@supply" can only send (from)',
    zh: '"@supply" 只能作为来源方',
  },
  {
    rule: 'boundary to boundary',
    mutate: (d) => (d.flows[0].to = '@disposal'),
    code: 'boundary-to-boundary',
    path: 'flows[0]',
    en: 'has both ends outside the park',
    zh: '两端都在园区外',
  },
  {
    rule: 'unknown unit',
    mutate: (d) => (d.flows[5].unit = 'barrels'),
    code: 'unknown-unit',
    path: 'flows[5].unit',
    en: 'unknown unit "barrels"; known units: kg/a',
    zh: '未知单位 "barrels"',
  },
  {
    rule: 'unknown material default unit',
    mutate: (d) => (d.materials[2].unit = 'lbs'),
    code: 'unknown-unit',
    path: 'materials[2].unit',
    en: 'unknown unit "lbs"',
    zh: '未知单位 "lbs"',
  },
  {
    rule: 'unconvertible unit',
    mutate: (d) => (d.flows[5].unit = 't/a'),
    code: 'unit-mismatch',
    path: 'flows[5].unit',
    en: 'unit "t/a" cannot be converted to "m3/a", the unit of material "wastewater" (give the material a density',
    zh: '单位 "t/a" 无法换算为物料 "wastewater" 的单位 "m3/a"',
  },
  {
    rule: 'unconvertible energy unit',
    mutate: (d) => (d.enterprises[0].inputs[0].unit = 'GJ/a'),
    code: 'unit-mismatch',
    path: 'enterprises[0].inputs[0].unit',
    en: 'give the material a heatingValue',
    zh: 'heatingValue',
  },
  {
    rule: 'material declared twice in one list',
    mutate: (d) => d.enterprises[3].inputs.push({ material: 'ammonia', quantity: 1, unit: 't/a' }),
    code: 'duplicate-stream',
    path: 'enterprises[3].inputs[3].material',
    en: 'material "ammonia" is declared twice in inputs (first at enterprises[3].inputs[0])',
    zh: '重复声明',
  },
  {
    rule: 'reference year out of range',
    mutate: (d) => (d.park.referenceYear = 20200),
    code: 'too-big',
    path: 'park.referenceYear',
    en: 'above the maximum 2200',
    zh: '超过上限 2200',
  },
  {
    rule: 'location out of range',
    mutate: (d) => (d.enterprises[0].location = { lon: 118.5, lat: 135 }),
    code: 'too-big',
    path: 'enterprises[0].location.lat',
    en: 'above the maximum 90',
    zh: '超过上限 90',
  },
  {
    rule: 'collection is not a list',
    mutate: (d) => (d.flows = {}),
    code: 'wrong-type',
    path: 'flows',
    en: 'expected a list',
    zh: '应为列表',
  },
  {
    rule: 'name far too long',
    mutate: (d) => (d.enterprises[0].name.zh = '长'.repeat(5000)),
    code: 'too-big',
    path: 'enterprises[0].name.zh',
    en: 'text too long (at most 300 characters)',
    zh: '文本过长',
  },
  {
    rule: 'in-house part larger than the stream',
    mutate: (d) => (d.enterprises[3].inputs[0].inHouse = 40000),
    code: 'in-house-exceeds',
    path: 'enterprises[3].inputs[0].inHouse',
    en: 'the in-house part (40000) is larger than the stream',
    zh: '厂内自用量 40000 大于',
  },
];

describe('one bad file per validation rule', () => {
  it.each(ERROR_CASES)('$rule → $path', ({ mutate, code, path, en, zh }) => {
    const doc = fourEnterpriseParkJson();
    mutate(doc);
    const result = validateModel(doc);
    expect(result.ok).toBe(false);
    const { errors } = problemsOf(doc);
    const match = errors.find((p) => p.code === code && formatPath(p.path) === path);
    expect(
      match,
      `expected ${code} at ${path}, got:\n${errors.map((p) => `${p.code} ${formatProblem(p, 'en')}`).join('\n')}`,
    ).toBeDefined();
    expect(match?.severity).toBe('error');
    expect(match?.message.en).toContain(en);
    expect(match?.message.zh).toContain(zh);
    expect(formatProblem(match!, 'en')).toBe(`${path}: ${match?.message.en}`);
  });
});

const WARNING_CASES: Case[] = [
  {
    rule: 'flow from a closed enterprise',
    mutate: (d) => (d.enterprises[1].status = 'closed'),
    code: 'flow-from-closed',
    path: 'flows[3].from',
    en: 'enterprise "Ammonia plant" (ammonia-plant) is closed but still has a flow from it',
    zh: '已关停',
  },
  {
    rule: 'flow to a closed enterprise',
    mutate: (d) => (d.enterprises[2].status = 'closed'),
    code: 'flow-to-closed',
    path: 'flows[5].to',
    en: 'enterprise "Wastewater plant" (wwtp) is closed but still has a flow to it',
    zh: '已关停',
  },
  {
    rule: 'existing flow of an unbuilt enterprise',
    mutate: (d) => (d.enterprises[3].status = 'planned'),
    code: 'existing-flow-unbuilt-enterprise',
    path: 'flows[2].to',
    en: 'is not built yet (planned)',
    zh: '尚未建成',
  },
  {
    rule: 'material the sender does not declare',
    mutate: (d) => (d.enterprises[2].outputs = []),
    code: 'undeclared-output',
    path: 'flows[6].material',
    // Named, with the id after it: a form's user knows the name, the file's author the id.
    en: 'the sender "Wastewater plant" (wwtp) does not declare "sludge" among its outputs',
    zh: '(wwtp) 未在产出',
  },
  {
    rule: 'material the receiver does not declare',
    mutate: (d) => d.enterprises[3].inputs.splice(1, 1),
    code: 'undeclared-input',
    path: 'flows[6].material',
    en: 'the receiver "Fertilizer plant" (fert) does not declare "sludge" among its inputs or capacities',
    zh: '(fert) 未在投入',
  },
  {
    rule: 'flows beyond the declared output (after unit conversion)',
    mutate: (d) => (d.flows[2].quantity = 500),
    code: 'over-allocated-output',
    path: 'enterprises[0].outputs[0].quantity',
    en: 'flows ship 700000 t/a of "steam", more than the declared output of 600000 t/a',
    zh: '超过声明产出',
  },
  {
    rule: 'self-flow',
    mutate: (d) => (d.flows[3].to = 'ammonia-plant'),
    code: 'self-flow',
    path: 'flows[3]',
    en: 'flow goes from "Ammonia plant" (ammonia-plant) to itself',
    zh: '同一企业',
  },
  {
    rule: 'estimate without basis',
    mutate: (d) => delete d.flows[6].basis,
    code: 'estimate-without-basis',
    path: 'flows[6].basis',
    en: 'should state its basis',
    zh: '应说明依据',
  },
  {
    rule: 'stale saved position',
    mutate: (d) => (d.view = { positions: { gone: { x: 1, y: 2 }, chp: { x: 0, y: 0 } } }),
    code: 'stale-position',
    path: 'view.positions.gone',
    en: 'saved position for a node that does not exist, "gone"',
    zh: '不存在的节点',
  },
];

describe('legal but suspicious data gives warnings, not errors', () => {
  it.each(WARNING_CASES)('$rule → $path', ({ mutate, code, path, en, zh }) => {
    const doc = fourEnterpriseParkJson();
    mutate(doc);
    const result = validateModel(doc);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    const match = result.warnings.find((p) => p.code === code && formatPath(p.path) === path);
    expect(match, result.warnings.map((p) => `${p.code} ${formatProblem(p, 'en')}`).join('\n')).toBeDefined();
    expect(match?.severity).toBe('warning');
    expect(match?.message.en).toContain(en);
    expect(match?.message.zh).toContain(zh);
  });
});

describe('every problem at once', () => {
  it('reports all independent errors of one file, not only the first', () => {
    const doc = fourEnterpriseParkJson();
    doc.flows[0].quantity = -1;
    doc.flows[1].material = 'nope';
    doc.enterprises[0].cluster = 'nowhere';
    doc.materials[0].unit = 'bushels';
    const { errors } = problemsOf(doc);
    expect(errors.map((p) => formatPath(p.path)).sort()).toEqual(
      ['enterprises[0].cluster', 'flows[0].quantity', 'flows[1].material', 'materials[0].unit'].sort(),
    );
  });

  it('does not cascade: a bad enterprise field does not make its flows "unknown enterprise"', () => {
    const doc = fourEnterpriseParkJson();
    doc.enterprises[0].role = 'boss';
    const { errors } = problemsOf(doc);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('invalid-option');
  });
});

describe('schema versions', () => {
  it('refuses a file from a future schema version with a clear message', () => {
    const doc = fourEnterpriseParkJson();
    doc.schemaVersion = 7;
    const result = validateModel(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.code).toBe('schema-version-future');
    expect(result.errors[0]?.message.en).toContain('newer Symbiograph (schemaVersion 7)');
    expect(result.errors[0]?.message.zh).toContain('请升级');
  });

  it('rejects a schemaVersion that is not a whole number', () => {
    const doc = fourEnterpriseParkJson();
    doc.schemaVersion = '1';
    const result = validateModel(doc);
    expect(!result.ok && result.errors[0]?.code).toBe('schema-version');
  });

  it('migrates an unversioned hand-written file (plain-string names, missing lists)', () => {
    const legacy = {
      park: { id: 'old', name: '老园区', referenceYear: 2015 },
      clusters: [{ id: 'c', name: 'Chemicals' }],
      materials: [{ id: 'm', name: '氨', category: 'product', unit: 't/a' }],
      enterprises: [
        {
          id: 'a',
          name: 'A 厂',
          cluster: 'c',
          role: 'producer',
          status: 'operating',
          outputs: [{ material: 'm', quantity: 1, unit: 't/a' }],
        },
      ],
      flows: [{ id: 'f', from: 'a', to: '@market', material: 'm', quantity: 1, unit: 't/a' }],
      chains: [{ id: 'ch', name: 'chain', cluster: 'c', stages: ['m', 'm'] }],
    };
    const result = validateModel(legacy);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.model.schemaVersion).toBe(2);
    expect(result.model.park.name).toEqual({ zh: '老园区' });
    expect(result.model.clusters[0]?.name).toEqual({ en: 'Chemicals' });
    expect(result.model.enterprises[0]?.inputs).toEqual([]);
    expect(result.model.flows[0]?.status).toBe('existing');
    expect(result.model.chains[0]?.stages).toEqual([{ materials: ['m'] }, { materials: ['m'] }]);
  });

  it('does not mark a current file as migrated', () => {
    const result = validateModel(fourEnterpriseParkJson());
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });
});

describe('validateModelText', () => {
  it('reports a JSON syntax error with its line and the file', () => {
    const text = '{\n  "schemaVersion": 1,\n  "park": {,\n}';
    const result = validateModelText(text, 'park.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe('json-syntax');
    expect(result.errors[0]?.location).toEqual({ file: 'park.json', line: 3 });
    expect(formatProblem(result.errors[0]!, 'en')).toMatch(
      /^park\.json, line 3: not valid JSON \(line 3, column \d+\)/,
    );
  });

  it('rejects a document that is not an object', () => {
    for (const text of ['[]', '42', 'null', '"park"']) {
      const result = validateModelText(text);
      expect(!result.ok && result.errors[0]?.code).toBe('not-an-object');
    }
  });

  it('accepts a UTF-8 byte-order mark and tags problems with the file name', () => {
    const doc = fourEnterpriseParkJson();
    doc.flows[0].quantity = -1;
    const result = validateModelText('\ufeff' + JSON.stringify(doc), 'mini.json');
    expect(!result.ok && formatProblem(result.errors[0]!, 'en')).toBe(
      'mini.json: flows[0].quantity: must not be negative (got -1)',
    );
  });

  it('keeps hostile text as inert, bounded text in messages', () => {
    const doc = fourEnterpriseParkJson();
    doc.flows[0].material = '<img src=x onerror=alert(1)>' + 'x'.repeat(500);
    const result = validateModel(doc);
    const message = !result.ok ? (result.errors[0]?.message.en ?? '') : '';
    expect(message).toContain('"<img src=x onerror=alert(1)>');
    expect(message.length).toBeLessThan(200);
  });
});

describe('huge files', () => {
  it('reports every problem of a file with 150 000 broken flows without overflowing the stack', () => {
    const doc = fourEnterpriseParkJson();
    doc.flows = Array.from({ length: 150_000 }, () => 0);
    const result = validateModel(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.length).toBe(150_000);
    expect(!result.ok && formatProblem(result.errors[149_999]!, 'en')).toBe('flows[149999]: expected an object, got 0');
  });
});
