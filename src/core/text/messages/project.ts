/**
 * Namespace `project`: gap-filling projects in both languages: the ranking's explanation of each candidate, the
 * notes on what its figures leave out, the park policy's reasons for excluding one, and the score's parts with the
 * units of their raw values (SCORE_PART_LABELS in analysis/presentation.ts reads them; so should the app).
 */
import type { BilingualMessage } from '../language.ts';

export const PROJECT_MESSAGES = {
  // projects.ts
  scenarioFailed: { zh: '无法构建该项目情景', en: 'the project scenario could not be built' },
  // projectExplanation.ts: what the project builds and changes
  explainBuild: {
    zh: '新建{{name}}(规模 {{scale}},{{feedstock}})',
    en: 'Building {{name}} (scale {{scale}}; {{feedstock}})',
  },
  basisParkWaste: {
    zh: '原料取自园区内送$t(glossary:disposal)的废物',
    en: 'fed by what the park now sends to $t(glossary:disposal)',
  },
  basisParkDemand: {
    zh: '产品供园区内企业替代$t(glossary:boughtIn){{imports}}',
    en: 'its products replace what park enterprises buy in{{imports}}',
  },
  basisParkSold: {
    zh: '原料需收购园区企业目前$t(glossary:soldOut)的物料',
    en: 'fed by material park enterprises now sell out of the park',
  },
  importClause: {
    zh: ',原料 {{quantity}} 需从园区外购入',
    en: '; {{quantity}} of its feedstock must be bought from outside',
  },
  explainDisposalDown: { zh: '送$t(glossary:disposal)净减少 {{quantity}}', en: 'takes {{quantity}} net off disposal' },
  explainDisposalUp: { zh: '送$t(glossary:disposal)净增加 {{quantity}}', en: 'adds {{quantity}} to disposal net' },
  explainPurchasesDown: { zh: '园区外购净减少 {{quantity}}', en: "cuts {{quantity}} of the park's purchases net" },
  explainPurchasesUp: { zh: '园区外购净增加 {{quantity}}', en: "adds {{quantity}} of the park's purchases net" },
  explainRepairOne: { zh: '修复 {{n}} 处$t(glossary:brokenLink)', en: 'repairs {{n}} $t(glossary:brokenLink)' },
  explainRepairs: { zh: '修复 {{n}} 处$t(glossary:brokenLink)', en: 'repairs {{n}} broken links' },
  explainLinkOne: { zh: '新增 {{n}} 条企业间链接', en: 'creates {{n}} link between enterprises' },
  explainLinks: { zh: '新增 {{n}} 条企业间链接', en: 'creates {{n}} links between enterprises' },
  explainEnergy: { zh: '新增能耗 {{quantity}}', en: 'adds {{quantity}} of energy use' },
  explainEmissionsAvoided: { zh: '净减排 {{quantity}}', en: 'avoids {{quantity}} net' },
  explainEmissionsAdded: { zh: '净增排 {{quantity}}', en: 'adds {{quantity}} net' },
  explainReuseRate: {
    zh: '$t(glossary:internalReuseRate)变化 {{points}} 个百分点',
    en: 'changes the $t(glossary:internalReuseRate) by {{points}} points',
  },
  // projectExplanation.ts: what it costs and earns
  /** 万元 in Chinese, the catalogue's currency in English (the catalogue test lets the two differ). */
  explainMoney: {
    zh: '投资约 {{investmentWan}},年净收益约 {{netCashWan}}{{payback}}({{prices}})',
    en: 'investment about {{investment}}, net cash about {{netCash}}{{payback}} ({{prices}})',
  },
  explainPayback: { zh: ',$t(glossary:payback)约 {{years}} 年', en: '; simple payback about {{years}} years' },
  explainNoPayback: { zh: ',按现价不能收回投资', en: '; it does not pay back at these prices' },
  explainPrices: { zh: '{{year}} 年价格', en: '{{year}} prices' },
  explainPricesEstimated: { zh: '{{year}} 年价格,估算', en: '{{year}} prices, estimated' },
  explainNoEconomics: { zh: '目录未给出投资数据', en: 'the catalogue gives no investment figure' },
  // projectExplanation.ts: notes
  explainSubScale: { zh: '低于典型规模,需评估经济性', en: 'below typical plant size: check viability' },
  explainUnpriced: {
    zh: '回收期未计入无价格的物料:{{materials}}',
    en: 'the payback leaves out what has no price: {{materials}}',
  },
  explainNotes: { zh: '注:{{notes}}。', en: ' Notes: {{notes}}.' },
  explanation: { zh: '{{main}};{{money}}。{{notes}}', en: '{{main}}; {{money}}.{{notes}}' },
  // projectSizing.ts
  noFeedstock: {
    zh: '园区内没有该工艺的原料({{material}}),也没有企业需要其产品',
    en: 'the park has none of its feedstock ({{material}}) and no enterprise needs its products',
  },
  // projectPolicy.ts
  negativeList: {
    zh: '园区$t(glossary:negativeList):{{rule}}({{why}})',
    en: "the park's $t(glossary:negativeList): {{rule}} ({{why}})",
  },
  listedIndustry: { zh: '行业代码 {{code}}', en: 'industry code {{code}}' },
  listedTechnology: { zh: '该工艺被列名', en: 'the technology is listed' },
  overCap: {
    zh: '{{cap}}:项目需 {{used}},超过上限 {{max}}',
    en: '{{cap}}: the project needs {{used}}, above the cap of {{max}}',
  },
  // projectEffects.ts: notes on what could not be counted
  noteSoldFeedstock: {
    zh: '原料目前已$t(glossary:soldOut)给园区外企业利用,就地利用不计新增减排',
    en: 'its feedstock is now sold to users outside the park, so using it here avoids no new emissions',
  },
  noteNoCredit: {
    zh: '{{materials}}没有减排因子,其避免的排放未计入',
    en: '{{materials}} has no emission factor: what it avoids is not counted',
  },
  noteNoHeatingValue: {
    zh: '{{materials}}没有热值,未折入能耗',
    en: '{{materials}} has no heating value: not in the energy use',
  },
  noteNoEmissionFactor: {
    zh: '{{materials}}没有排放因子,其排放未计入',
    en: '{{materials}} has no emission factor: its emissions are not counted',
  },
  noteNeedsSupply: {
    zh: '需新增供应:{{need}}(无法从园区外购入,园区内也没有已申报可外供的余量{{spare}})',
    en: 'needs new supply of {{need}} (it cannot be bought from outside and no park plant has declared any for sale{{spare}})',
  },
  spareSellable: {
    zh: '「{{enterprise}}」申报可外供余量 {{quantity}},可洽谈供应',
    en: '{{enterprise}} declares {{quantity}} for sale: negotiate supply',
  },
  spareNameplate: {
    zh: '「{{enterprise}}」$t(glossary:nameplateCapacity)尚余 {{quantity}},能否供给需与其确认',
    en: '{{enterprise}} runs {{quantity}} below its $t(glossary:nameplateCapacity): ask whether it can supply',
  },
  // presentation.ts: the score's parts (SCORE_PART_LABELS) and the units of their raw values
  scorePart_wasteDiverted: { zh: '送$t(glossary:disposal)净减少', en: 'Taken off disposal (net)' },
  scorePart_importsReplaced: { zh: '园区外购净减少', en: 'Park purchases cut (net)' },
  scorePart_chainsRepaired: { zh: '修复$t(glossary:brokenLink)', en: 'Broken links repaired' },
  scorePart_co2eAvoided: { zh: '净减排', en: 'CO₂e avoided (net)' },
  scorePart_linksCreated: { zh: '新增企业间链接', en: 'Links created' },
  scorePart_reuseRateChange: { zh: '$t(glossary:internalReuseRate)变化', en: 'Internal reuse rate change' },
  scorePart_cyclicityChange: { zh: '$t(glossary:cyclicity)变化', en: 'Change in $t(glossary:cyclicity)' },
  scorePart_finnChange: { zh: '$t(glossary:finnCyclingIndex)变化', en: 'Finn index change' },
  scorePart_returnOnInvestment: {
    zh: '年投资收益率(回收期 4 年满分)',
    en: 'Yearly return on investment (full marks at a 4-year payback)',
  },
  scorePart_energyUse: { zh: '新增能耗(扣分)', en: 'Energy use (counts against)' },
  scorePart_waterUse: { zh: '新增用水(扣分)', en: 'Water use (counts against)' },
  scorePartUnit_wasteDiverted: { zh: 't/a', en: 't/a' },
  scorePartUnit_importsReplaced: { zh: 't/a', en: 't/a' },
  /** Chinese counts take a measure word, English ones none (the catalogue test lets English be empty here). */
  scorePartUnit_chainsRepaired: { zh: '处', en: '' },
  scorePartUnit_co2eAvoided: { zh: 't CO₂e/a', en: 't CO₂e/a' },
  scorePartUnit_linksCreated: { zh: '条', en: '' },
  scorePartUnit_reuseRateChange: { zh: '个百分点', en: 'pp' },
  scorePartUnit_returnOnInvestment: { zh: '%', en: '%' },
  scorePartUnit_energyUse: { zh: 'tce/a', en: 'tce/a' },
  scorePartUnit_waterUse: { zh: 'm³/a', en: 'm³/a' },
} as const satisfies Record<string, BilingualMessage>;
