/**
 * Namespace `scenario`: change sets: what each change did (a summary a UI
 * lists), why a change cannot apply, and the notes of a before/after
 * comparison, in both languages. Ids arrive quoted (`quote()` in
 * model/problems.ts); a kind of item is a `label:kind_…` word, a declared
 * list a `label:streamList_…` one.
 */
import type { BilingualMessage } from '../language.ts';

export const SCENARIO_MESSAGES = {
  // draft.ts: references every change checks
  unknownId: { zh: '模型中没有{{kind}} {{id}}', en: 'the model has no {{kind}} {{id}}' },
  duplicateId: { zh: '{{kind}}标识符 {{id}} 已被占用', en: '{{kind}} id {{id}} is already taken' },
  generatedIdClash: {
    zh: '生成的物质流标识符 {{id}} 无效或已被占用,请更换变更集的 id',
    en: 'the generated flow id {{id}} is invalid or already taken; give the change set another id',
  },
  // changeSet.ts: the change set's own rules
  unknownChangeKind: {
    zh: '未知或缺少变更类型 kind,可选:{{kinds}}',
    en: 'missing or unknown change kind; expected one of {{kinds}}',
  },
  rule_rerouteNeedsRemove: {
    zh: 'rerouteToBoundary 只能与 flows: "remove" 一起使用',
    en: 'rerouteToBoundary only applies with flows: "remove"',
  },
  rule_emptyUpdate: { zh: 'set 或 unset 至少需要一个字段', en: 'set or unset needs at least one field' },
  rule_idFixed: { zh: '标识符不能修改:其他条目引用它', en: 'the id cannot change: other items refer to it' },
  rule_supplyEnd: { zh: '来源应为企业标识符或 "@supply"', en: 'a supply comes from an enterprise id or "@supply"' },
  rule_deliveryEnd: {
    zh: '去向应为企业标识符、"@market" 或 "@disposal"',
    en: 'a delivery goes to an enterprise id, "@market" or "@disposal"',
  },
  // itemUpdate.ts (and flowChanges.ts)
  updated: { zh: '修改{{kind}} {{id}} 的 {{fields}}', en: 'set {{fields}} of {{kind}} {{id}}' },
  // enterpriseChanges.ts
  enterpriseAdded: {
    zh: '新增企业 {{id}} 及物质流 {{flows}} 条',
    en: 'added enterprise {{id}} with {{flows}} flow(s)',
  },
  alreadyClosed: { zh: '企业 {{id}} 已经关停', en: 'enterprise {{id}} is already closed' },
  enterpriseClosed: {
    zh: '关停企业 {{id}},移除物质流 {{removed}} 条',
    en: 'closed enterprise {{id}}, removing {{removed}} flow(s)',
  },
  enterpriseClosedRerouted: {
    zh: '关停企业 {{id}},移除物质流 {{removed}} 条,合作企业改由园区边界承接 {{rerouted}} 条',
    en: 'closed enterprise {{id}}, removing {{removed}} flow(s); {{rerouted}} partner flow(s) rerouted to the boundary',
  },
  enterpriseClosedKeepingFlows: {
    zh: '关停企业 {{id}},保留其物质流',
    en: 'closed enterprise {{id}}, keeping its flows',
  },
  // enterpriseRemoval.ts
  enterpriseRemoved: {
    zh: '移除企业 {{id}},移除物质流 {{removed}} 条',
    en: 'removed enterprise {{id}} and {{removed}} flow(s)',
  },
  enterpriseRemovedMoved: {
    zh: '移除企业 {{id}},移除物质流 {{removed}} 条,{{moved}} 条改接园区边界',
    en: 'removed enterprise {{id}} and {{removed}} flow(s); {{moved}} flow(s) moved to the park boundary',
  },
  // materialChanges.ts
  materialAdded: { zh: '新增物料 {{id}}', en: 'added material {{id}}' },
  materialInUse: {
    zh: '物料 {{id}} 仍被 {{flows}} 条物质流、{{streams}} 项声明和 {{stages}} 个产业链环节使用',
    en: 'material {{id}} is still used by {{flows}} flow(s), {{streams}} declared stream(s) and {{stages}} chain stage(s)',
  },
  soleStageMaterial: {
    zh: '物料 {{id}} 是产业链环节 {{stages}} 的唯一物料:请先修改产业链模板',
    en: 'material {{id}} is the only material of chain stage(s) {{stages}}: edit the chain template first',
  },
  materialRemoved: { zh: '移除物料 {{id}}', en: 'removed material {{id}}' },
  materialRemovedWithUses: {
    zh: '移除物料 {{id}}及其 {{flows}} 条物质流、{{streams}} 项声明',
    en: 'removed material {{id}} with {{flows}} flow(s) and {{streams}} declared stream(s)',
  },
  // flowChanges.ts
  flowAdded: { zh: '新增物质流 {{id}}:{{from}} → {{to}}', en: 'added flow {{id}}: {{from}} → {{to}}' },
  flowRemoved: { zh: '移除物质流 {{id}}', en: 'removed flow {{id}}' },
  // chainChanges.ts
  chainAdded: { zh: '新增产业链模板 {{id}}', en: 'added chain template {{id}}' },
  chainRemoved: { zh: '移除产业链模板 {{id}}', en: 'removed chain template {{id}}' },
  // streamChanges.ts: {{list}} is a label:streamList_… word
  streamDeclared: {
    zh: '企业 {{enterprise}} 已声明{{list}} {{material}}:请修改那一项',
    en: 'enterprise {{enterprise}} already declares the {{list}} {{material}}: edit that one',
  },
  streamAdded: {
    zh: '为企业 {{enterprise}} 新增{{list}} {{material}}',
    en: 'added the {{list}} {{material}} to enterprise {{enterprise}}',
  },
  streamUpdated: {
    zh: '修改企业 {{enterprise}} 的{{list}} {{material}} 的 {{fields}}',
    en: 'set {{fields}} of the {{list}} {{material}} of enterprise {{enterprise}}',
  },
  streamRemoved: {
    zh: '移除企业 {{enterprise}} 的{{list}} {{material}}',
    en: 'removed the {{list}} {{material}} of enterprise {{enterprise}}',
  },
  streamNotDeclared: {
    zh: '企业 {{enterprise}} 没有声明{{list}} {{material}}',
    en: 'enterprise {{enterprise}} declares no {{list}} {{material}}',
  },
  // buildProject.ts
  noCatalogue: {
    zh: '建设项目需要工艺目录,但未提供目录',
    en: 'build-project needs a technology catalogue, and none was given',
  },
  projectPlanned: {
    zh: '按工艺 {{technology}} 规划新建企业 {{id}}(规模 {{scale}}{{unit}}),新增规划物质流 {{links}} 条,其投产后将替代的园区边界物质流 {{reduced}} 条',
    en: 'planned {{id}} from technology {{technology}} at {{scale}}{{unit}}, with {{links}} planned flow(s) that will replace {{reduced}} boundary flow(s) once built',
  },
  // projectPlan.ts: the new plant's streams, and its supplies (…_supply) and deliveries (…_delivery)
  materialNowhere: {
    zh: '工艺 {{technology}} 使用的物料 {{material}} 既不在模型中也不在目录中',
    en: 'technology {{technology}} uses material {{material}}, found neither in the model nor in the catalogue',
  },
  catalogueUnitMismatch: {
    zh: '物料 {{material}} 在目录中的单位 {{catalogueUnit}} 无法换算为模型中的单位 {{modelUnit}}',
    en: "material {{material}} is in {{catalogueUnit}} in the catalogue, which cannot be converted to the model's {{modelUnit}}",
  },
  notAProjectStream_supply: {
    zh: '物料 {{material}} 不是工艺 {{technology}} 的投入',
    en: 'material {{material}} is not an input of technology {{technology}}',
  },
  notAProjectStream_delivery: {
    zh: '物料 {{material}} 不是工艺 {{technology}} 的产出',
    en: 'material {{material}} is not an output of technology {{technology}}',
  },
  exceedsPlant_supply: {
    zh: '{{quantity}} 超过新装置尚未落实的投入 {{need}}(如需更多请提高 scale)',
    en: "{{quantity}} is more than the plant's remaining input of {{need}} (raise the scale for more)",
  },
  exceedsPlant_delivery: {
    zh: '{{quantity}} 超过新装置尚未落实的产出 {{need}}(如需更多请提高 scale)',
    en: "{{quantity}} is more than the plant's remaining output of {{need}} (raise the scale for more)",
  },
  exceedsPartner_supply: {
    zh: '{{quantity}} 超过 {{partner}} 的可供应量 {{left}}',
    en: '{{quantity}} is more than the {{left}} that {{partner}} has available',
  },
  exceedsPartner_delivery: {
    zh: '{{quantity}} 超过 {{partner}} 尚可接收的 {{left}}',
    en: '{{quantity}} is more than {{partner}} has room for ({{left}})',
  },
  nothingLeftInPlant_supply: {
    zh: '前面的条目已覆盖新装置的全部投入 {{material}}',
    en: "earlier entries already cover the plant's whole input of {{material}}",
  },
  nothingLeftInPlant_delivery: {
    zh: '前面的条目已覆盖新装置的全部产出 {{material}}',
    en: "earlier entries already cover the plant's whole output of {{material}}",
  },
  nothingLeftAtPartner_supply: {
    zh: '{{partner}} 声明的 {{material}} 产出已全部供给其他企业,没有剩余',
    en: '{{partner}} has no {{material}} left: its declared output is all committed to other enterprises',
  },
  nothingLeftAtPartner_delivery: {
    zh: '{{partner}} 声明的 {{material}} 投入或处理能力已由其他企业占满',
    en: '{{partner}} has no room for more {{material}}: its declared input or capacity is filled by other enterprises',
  },
  selfLink: { zh: '新装置不能与自身交换物料', en: 'the new plant cannot exchange with itself' },
  partnerClosed: { zh: '企业 {{id}} 已关停', en: 'enterprise {{id}} is closed' },
  partnerUndeclared_supply: {
    zh: '企业 {{id}} 未在产出(outputs)中声明物料 {{material}}',
    en: 'enterprise {{id}} does not declare {{material}} among its outputs',
  },
  partnerUndeclared_delivery: {
    zh: '企业 {{id}} 未在投入或处理能力(inputs/capacities)中声明物料 {{material}}',
    en: 'enterprise {{id}} does not declare {{material}} among its inputs or capacities',
  },
  // comparison/compareAnalyses.ts: a figure that moved only because a plant closed
  movedWithClosure: {
    zh: '随关停而变:关停企业自身的$t(glossary:generation)和交换量一并消失,不代表改善',
    en: "moved with the closure: the closed plant's own quantities left the park; not an improvement",
  },
} as const satisfies Record<string, BilingualMessage>;
