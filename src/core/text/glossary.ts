/**
 * One term per concept, in both languages (../shared/glossary.md): the words
 * a Chinese park manager, an investment analyst and a reviewer of a
 * 循环化改造 plan expect. The CLI, the reports and the app (as the i18next
 * namespace `glossary`) all read them from here, so a concept is never
 * called two things. Sentences are built around these terms; a term never
 * carries "per year" (quantities carry their unit, e.g. "1,500 t/a").
 */
import type { Language } from './language.ts';

export interface Term {
  readonly zh: string;
  readonly en: string;
}

export const TERMS = {
  // Planning and policy
  circularTransformation: { zh: '园区循环化改造', en: 'park circular transformation' },
  industrialChain: { zh: '产业链', en: 'industrial chain' },
  gapFilling: { zh: '补链', en: 'gap-filling' },
  gapFillingProject: { zh: '补链项目', en: 'gap-filling project' },
  chainStrengthening: { zh: '强链', en: 'chain strengthening' },
  chainExtension: { zh: '延链', en: 'chain extension' },
  brokenLink: { zh: '断链', en: 'broken link' },
  chainLeader: { zh: '链主企业', en: 'chain-leader enterprise' },
  couplingGap: { zh: '耦合缺口', en: 'coupling gap' },
  symbiosis: { zh: '产业共生', en: 'industrial symbiosis' },
  negativeList: { zh: '负面清单', en: 'negative list' },
  admission: { zh: '准入', en: 'admission' },
  investment: { zh: '投资额', en: 'investment' },
  operatingCost: { zh: '年运营成本', en: 'operating cost' },
  revenue: { zh: '年收入', en: 'revenue' },
  payback: { zh: '静态投资回收期', en: 'simple payback period' },
  // Materials and flows
  materialFlow: { zh: '物质流', en: 'material flow' },
  byProduct: { zh: '副产品', en: 'by-product' },
  generalSolidWaste: { zh: '一般工业固体废物', en: 'general industrial solid waste' },
  hazardousWaste: { zh: '危险废物', en: 'hazardous waste' },
  utilisation: { zh: '综合利用', en: 'comprehensive utilisation' },
  disposal: { zh: '处置', en: 'disposal' },
  treatmentCapacity: { zh: '处置能力', en: 'disposal capacity' },
  utilisationCapacity: { zh: '利用能力', en: 'utilisation capacity' },
  generation: { zh: '产生量', en: 'generation' },
  boughtIn: { zh: '外购', en: 'bought in' },
  soldOut: { zh: '外售', en: 'sold out of the park' },
  inHouse: { zh: '厂内自用', en: 'in-house use' },
  unaccounted: { zh: '去向不明', en: 'unaccounted for' },
  wasteHeat: { zh: '余热余压', en: 'waste heat and pressure' },
  chp: { zh: '热电联产', en: 'combined heat and power (CHP)' },
  districtHeating: { zh: '集中供热', en: 'district heating' },
  reclaimedWater: { zh: '再生水', en: 'reclaimed water' },
  sludge: { zh: '污泥', en: 'sludge' },
  nameplateCapacity: { zh: '铭牌能力', en: 'nameplate capacity' },
  sellableCapacity: { zh: '可外供能力', en: 'sellable capacity' },
  // Analysis
  internalReuseRate: { zh: '内部循环利用率', en: 'internal reuse rate' },
  resourceProductivity: { zh: '资源产出率', en: 'resource productivity' },
  solidWasteUtilisationRate: { zh: '工业固体废物综合利用率', en: 'industrial solid waste utilisation rate' },
  waterReuseRate: { zh: '工业用水重复利用率', en: 'industrial water reuse rate' },
  hazardousTreatmentCoverage: { zh: '危险废物园区内处置能力覆盖率', en: 'in-park hazardous waste capacity coverage' },
  cyclicity: { zh: '循环度(λmax)', en: 'cyclicity (λmax)' },
  connectance: { zh: '连接度', en: 'connectance' },
  linkageDensity: { zh: '连接密度', en: 'linkage density' },
  finnCyclingIndex: { zh: '芬恩循环指数', en: 'Finn cycling index' },
  totalSystemThroughflow: { zh: '系统总通量', en: 'total system throughflow (TST)' },
  providers: { zh: '供给方', en: 'providers' },
  receivers: { zh: '接收方', en: 'receivers' },
  keystone: { zh: '关键节点企业', en: 'keystone enterprise' },
  articulationPoint: { zh: '割点企业', en: 'articulation-point enterprise' },
  closureImpact: { zh: '关停影响', en: 'closure impact' },
  unmetDemand: { zh: '未满足需求', en: 'unmet demand' },
  goneWithClosure: { zh: '随关停消失', en: 'gone with the closure' },
  today: { zh: '现状', en: 'today' },
  withPlanned: { zh: '含规划', en: 'with planned' },
} as const satisfies Record<string, Term>;

export type TermKey = keyof typeof TERMS;

/** A term in one language. */
export function term(key: TermKey, language: Language): string {
  return TERMS[key][language];
}
