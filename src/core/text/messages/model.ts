/**
 * Namespace `model`: the model's validation problems and migrations, the
 * year a park is read "as of", and the technology catalogue's validation,
 * in both languages. Values the user wrote arrive quoted (`quote()` in
 * model/problems.ts); a kind of item is a `label:kind_…` word.
 */
import type { BilingualMessage } from '../language.ts';

export const MODEL_MESSAGES = {
  // problems.ts: where in a file a problem is (the same words in both languages, as the CLI has always printed them)
  where_sheet: { zh: 'sheet {{value}}', en: 'sheet {{value}}' },
  where_line: { zh: 'line {{value}}', en: 'line {{value}}' },
  where_row: { zh: 'row {{value}}', en: 'row {{value}}' },
  where_column: { zh: 'column {{value}}', en: 'column {{value}}' },
  // schemaIssues.ts: zod's issues in our words
  missingField: { zh: '缺少必填字段', en: 'required field is missing' },
  unknownField: {
    zh: '未知字段 {{key}}(拼写错误?自定义数据请放入 attributes)',
    en: 'unknown field {{key}} (a typo? put custom data under "attributes")',
  },
  notFinite: { zh: '数值必须是有限数', en: 'number must be finite' },
  wrongType: { zh: '应为{{expected}},实际为 {{value}}', en: 'expected {{expected}}, got {{value}}' },
  type_string: { zh: '文本', en: 'text' },
  type_number: { zh: '数字', en: 'a number' },
  type_boolean: { zh: '真/假值', en: 'true or false' },
  type_object: { zh: '对象', en: 'an object' },
  type_array: { zh: '列表', en: 'a list' },
  type_record: { zh: '对象', en: 'an object' },
  schemaVersionUnsupported: { zh: '不支持的 schemaVersion {{value}}', en: 'unsupported schemaVersion {{value}}' },
  invalidOption: {
    zh: '无效取值 {{value}},可选:{{options}}',
    en: 'invalid value {{value}}; expected one of {{options}}',
  },
  textTooLong: { zh: '文本过长(最多 {{max}} 个字符)', en: 'text too long (at most {{max}} characters)' },
  aboveMaximum: { zh: '超过上限 {{max}}', en: 'above the maximum {{max}}' },
  nameEmpty: { zh: '名称至少需要中文或英文之一', en: 'a name needs Chinese or English text (at least one)' },
  ruleMessage: { zh: '{{message}}', en: '{{message}}' },
  invalid: { zh: '无效:{{message}}', en: 'invalid: {{message}}' },
  tooFew: { zh: '至少需要 {{min}} 项', en: 'needs at least {{min}} item(s)' },
  emptyText: { zh: '不能为空', en: 'must not be empty' },
  notPositive: { zh: '必须大于 0(实际 {{value}})', en: 'must be greater than 0 (got {{value}})' },
  negative: { zh: '数量不能为负({{value}})', en: 'must not be negative (got {{value}})' },
  atLeast: { zh: '不能小于 {{min}}(实际 {{value}})', en: 'must be at least {{min}} (got {{value}})' },
  greaterThan: { zh: '必须大于 {{min}}(实际 {{value}})', en: 'must be greater than {{min}} (got {{value}})' },
  format_colour: { zh: '颜色 {{value}} 应为 #RRGGBB 形式', en: 'colour {{value}} must look like #RRGGBB' },
  format_hazardousWasteCode: {
    zh: '危废类别 {{value}} 应为 HW 加两位数字(如 HW22)',
    en: 'hazardous-waste code {{value}} must be HW and two digits (e.g. HW22)',
  },
  format_currency: {
    zh: '货币 {{value}} 应为三位大写代码(如 CNY)',
    en: 'currency {{value}} must be a 3-letter code (e.g. CNY)',
  },
  format_id: {
    zh: '标识符 {{value}} 无效:须以字母或数字开头,只含字母、数字和 - _ . :,最长 128 个字符',
    en: 'invalid id {{value}}: start with a letter or digit, then letters, digits, "-", "_", ".", ":" (at most 128)',
  },
  // references.ts (duplicateId and unknownReference also catalogue/validate.ts)
  duplicateId: {
    zh: '重复的标识符 {{id}}(首次出现在 {{first}})',
    en: 'duplicate id {{id}} (first used at {{first}})',
  },
  unknownReference: { zh: '未知{{kind}} {{id}}', en: 'unknown {{kind}} {{id}}' },
  inHouseExceeds: {
    zh: '$t(glossary:inHouse)量 {{inHouse}} 大于该项的数量 {{quantity}}',
    en: "the in-house part ({{inHouse}}) is larger than the stream's quantity ({{quantity}})",
  },
  duplicateStream: {
    zh: '物料 {{material}} 在 {{list}} 中重复声明(首次在 {{first}}),请合并为一项',
    en: 'material {{material}} is declared twice in {{list}} (first at {{first}}); merge them',
  },
  counterpartyInside: {
    zh: 'counterparty 写明园区外的供方或需方,只适用于一端为 @supply、@market 或 @disposal 的物质流',
    en: 'counterparty names who outside the park sends or receives; it applies only to flows with a boundary end',
  },
  boundaryToBoundary: {
    zh: '物质流 {{from}} → {{to}} 两端都在园区外,至少一端须为园区内企业',
    en: 'flow {{from}} → {{to}} has both ends outside the park; at least one end must be an enterprise',
  },
  stalePosition: {
    zh: '保存的位置属于不存在的节点 {{id}},将被忽略',
    en: 'saved position for a node that does not exist, {{id}}; it is ignored',
  },
  replacementNotPlanned: {
    zh: 'replacedBy 应指向一条规划(planned)物质流,而 {{id}} 不是',
    en: 'replacedBy must name a planned flow, and {{id}} is not one',
  },
  capacityField: {
    zh: '{{field}} 只适用于处理或供应能力(capacities),不适用于 {{list}}',
    en: '{{field}} applies to capacities only, not to {{list}}',
  },
  boundaryReceivesOnly: {
    zh: '{{id}} 只能作为接收方(to);园区外的来源请用 "@supply"',
    en: '{{id}} can only receive (to); use "@supply" for imports',
  },
  supplySendsOnly: {
    zh: '"@supply" 只能作为来源方(from);流出园区请用 "@market"(销售)或 "@disposal"($t(glossary:disposal))',
    en: '"@supply" can only send (from); use "@market" for sales or "@disposal" for $t(glossary:disposal)',
  },
  unknownFlowEnd: {
    zh: '未知企业 {{id}}(园区边界请用 "@supply"、"@market" 或 "@disposal")',
    en: 'unknown enterprise {{id}} (boundary actors are "@supply", "@market" and "@disposal")',
  },
  // suspicious.ts: warnings
  selfFlow: {
    zh: '物质流的来源和去向是同一企业 {{id}}(厂内循环不是企业间交换)',
    en: 'flow goes from {{id}} to itself (an internal recycle is not an exchange between enterprises)',
  },
  closedEnd_from: {
    zh: '企业 {{id}} 已关停,但仍有来自它的物质流',
    en: 'enterprise {{id}} is closed but still has a flow from it',
  },
  closedEnd_to: {
    zh: '企业 {{id}} 已关停,但仍有流向它的物质流',
    en: 'enterprise {{id}} is closed but still has a flow to it',
  },
  unbuiltEnd: {
    zh: '企业 {{id}} 尚未建成({{status}}),其物质流不应为"existing",可改为 planned 或 potential',
    en: 'enterprise {{id}} is not built yet ({{status}}), so its flow should not be "existing"; use planned or potential',
  },
  flowsWithoutQuantity: {
    zh: '{{total}} 条物质流中有 {{structural}} 条未给出数量(结构性交换):结构指标照常计算,涉及数量的指标只计有数量的物质流,并注明覆盖范围',
    en: '{{structural}} of {{total}} flows give no quantity (structural exchanges): structural metrics read them all; figures that add quantities read only the others and say their coverage',
  },
  undeclared_outputs: {
    zh: '发送方 {{enterprise}} 未在产出(outputs)中声明物料 {{material}}',
    en: 'the sender {{enterprise}} does not declare {{material}} among its outputs',
  },
  undeclared_inputs: {
    zh: '接收方 {{enterprise}} 未在投入(inputs)或处理能力(capacities)中声明物料 {{material}}',
    en: 'the receiver {{enterprise}} does not declare {{material}} among its inputs or capacities',
  },
  overAllocated_outputs: {
    zh: '物质流共送出 {{flowed}} {{material}},超过声明产出 {{declared}}',
    en: 'flows ship {{flowed}} of {{material}}, more than the declared output of {{declared}}',
  },
  overAllocated_inputs: {
    zh: '物质流共送入 {{flowed}} {{material}},超过声明投入 {{declared}}',
    en: 'flows deliver {{flowed}} of {{material}}, more than the declared input of {{declared}}',
  },
  estimateWithoutBasis: {
    zh: '估算值(estimated: true)应说明依据(basis)',
    en: 'an estimated figure (estimated: true) should state its basis',
  },
  // quantities.ts: units
  unknownUnitOf: {
    zh: '未知单位 {{unit}};可用单位:{{known}}',
    en: 'unknown unit {{unit}}; known units: {{known}}',
  },
  quantityWithoutUnit: {
    zh: '给出了数量却没有单位:请填写单位(如 t/a),或把数量也留空(结构性交换)',
    en: 'a quantity without a unit: give the unit (e.g. t/a), or leave the quantity out too (a structural exchange)',
  },
  unitMismatch: {
    zh: '单位 {{unit}} 无法换算为物料 {{material}} 的单位 {{materialUnit}}{{hint}}',
    en: 'unit {{unit}} cannot be converted to {{materialUnit}}, the unit of material {{material}}{{hint}}',
  },
  bridgeHint_density: { zh: '(可为该物料填写 density,吨/立方米)', en: ' (give the material a density in t/m³)' },
  bridgeHint_heatingValue: {
    zh: '(可为该物料填写 heatingValue,吉焦/吨)',
    en: ' (give the material a heatingValue in GJ/t)',
  },
  // flowYears.ts
  endBeforeStart: {
    zh: '终止年份 {{end}} 早于起始年份 {{start}}',
    en: 'the end year {{end}} is before the start year {{start}}',
  },
  // validate.ts
  notAnObject: {
    zh: '文件内容应为一个 JSON 对象(园区模型)',
    en: 'the document must be a JSON object (a park model)',
  },
  jsonSyntax: { zh: '不是有效的 JSON:{{detail}}', en: 'not valid JSON: {{detail}}' },
  jsonSyntaxAt: {
    zh: '不是有效的 JSON(第 {{line}} 行第 {{column}} 列):{{detail}}',
    en: 'not valid JSON (line {{line}}, column {{column}}): {{detail}}',
  },
  // migrations.ts
  schemaVersionNotWhole: {
    zh: 'schemaVersion 应为非负整数,实际为 {{value}}',
    en: 'schemaVersion must be a whole number ≥ 0, got {{value}}',
  },
  schemaVersionFuture: {
    zh: '此文件由较新版本的 Symbiograph 生成(schemaVersion {{version}}),本版本最高只能读取 {{current}}。请升级 Symbiograph。',
    en: 'this file was written by a newer Symbiograph (schemaVersion {{version}}); this version reads up to {{current}}. Please upgrade Symbiograph.',
  },
  // asOfYear.ts: the year a park is read "as of"
  asOfNotWhole: {
    zh: '--as-of "{{text}}":年份应为整数,如 1995',
    en: '--as-of "{{text}}": the year must be a whole number, e.g. 1995',
  },
  asOfOutOfRange: {
    zh: '--as-of {{year}}:年份应在 {{min}}–{{max}} 之间(物质流起止年份的取值范围)',
    en: '--as-of {{year}}: the year must be between {{min}} and {{max}} (the range of flow start and end years)',
  },
  asOf: { zh: '截至 {{year}} 年', en: 'as of {{year}}' },
  asOfUndated: {
    zh: '模型中的物质流都未注明年份:各年份的园区相同,截至 {{year}} 年即全部 {{flows}} 条物质流。',
    en: 'No flow in the model has a year: the park is the same in every year, so as of {{year}} it holds all {{flows}} flows.',
  },
  asOfBeforeFirst: {
    zh: '{{year}} 年早于最早记录的变化({{first}} 年):园区只含未注明起始年份的物质流。',
    en: '{{year}} is before the first recorded change ({{first}}): the park holds only the flows without a start year.',
  },
  asOfAfterLast: {
    zh: '{{year}} 年晚于最后一次记录的变化({{last}} 年):园区与 {{last}} 年相同。',
    en: '{{year}} is after the last recorded change ({{last}}): the park is as it was in {{last}}.',
  },
  asOfNoStartOneUndated: {
    zh: '1 条物质流未注明起始年份(其中 1 条未注明任何年份),视为自始存在。',
    en: '1 flow gives no start year (nor any year) and is taken as present from the start.',
  },
  asOfNoStartOneEnded: {
    zh: '1 条物质流未注明起始年份(其中 0 条未注明任何年份),视为自始存在。',
    en: '1 flow gives no start year (but an end year) and is taken as present from the start.',
  },
  asOfNoStart: {
    zh: '{{noStart}} 条物质流未注明起始年份(其中 {{undated}} 条未注明任何年份),视为自始存在。',
    en: '{{noStart}} flows give no start year ({{undated}} of them no year at all) and are taken as present from the start.',
  },
  // catalogue/validate.ts: the technology catalogue
  catalogueUnknownUnit: { zh: '未知单位 {{unit}}', en: 'unknown unit {{unit}}' },
  referenceRatio: {
    zh: '参照物料 {{material}} 必须出现在投入中且比例为 1',
    en: 'the reference material {{material}} must be among the inputs with ratio 1',
  },
} as const satisfies Record<string, BilingualMessage>;
