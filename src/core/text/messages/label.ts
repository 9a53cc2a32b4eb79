/**
 * Namespace `label`: names of categories, statuses, roles, units, the park
 * boundary's actors and the kinds of item, in both languages. Each family
 * is looked up by the model's value: `label:category_${value}` (a value
 * with a hyphen in camelCase: `by-product` → `category_byProduct`).
 */
import type { BilingualMessage } from '../language.ts';

export const LABEL_MESSAGES = {
  // model/labels.ts: CATEGORY_LABELS
  category_product: { zh: '产品', en: 'product' },
  category_byProduct: { zh: '$t(glossary:byProduct)', en: '$t(glossary:byProduct)' },
  category_waste: { zh: '废物', en: 'waste' },
  category_energy: { zh: '能源', en: 'energy' },
  category_water: { zh: '水', en: 'water' },
  category_service: { zh: '服务', en: 'service' },
  category_unclassified: { zh: '未分类', en: 'unclassified' },
  // model/labels.ts: ROLE_LABELS
  role_producer: { zh: '生产企业', en: 'producer' },
  role_recycler: { zh: '再生利用企业', en: 'recycler' },
  role_utility: { zh: '公用设施', en: 'utility' },
  role_treatment: { zh: '处理处置', en: 'treatment' },
  role_logistics: { zh: '物流', en: 'logistics' },
  role_service: { zh: '服务', en: 'service' },
  // model/labels.ts: ENTERPRISE_STATUS_LABELS
  enterpriseStatus_operating: { zh: '运营', en: 'operating' },
  enterpriseStatus_planned: { zh: '规划', en: 'planned' },
  enterpriseStatus_candidate: { zh: '候选', en: 'candidate' },
  enterpriseStatus_closed: { zh: '关停', en: 'closed' },
  // model/labels.ts: FLOW_STATUS_LABELS
  flowStatus_existing: { zh: '现有', en: 'existing' },
  flowStatus_planned: { zh: '规划', en: 'planned' },
  flowStatus_potential: { zh: '潜在', en: 'potential' },
  // model/boundary.ts: BOUNDARY_NAMES, by the id without its "@"
  boundary_supply: { zh: '园区外供应(输入)', en: 'Outside supply (imports)' },
  boundary_market: { zh: '园区外市场(销售)', en: 'Outside market (sales)' },
  boundary_disposal: { zh: '$t(glossary:disposal)(填埋/排放)', en: 'Disposal (landfill/discharge)' },
  // model/units.ts: each unit's name, by the unit's key
  unit_kilogram: { zh: '千克/年', en: 'kilograms per year' },
  unit_tonne: { zh: '吨/年', en: 'tonnes per year' },
  unit_kilotonne: { zh: '千吨/年', en: 'kilotonnes per year' },
  unit_tenKilotonnes: { zh: '万吨/年', en: 'ten thousand tonnes per year' },
  unit_megatonne: { zh: '百万吨/年', en: 'megatonnes per year' },
  unit_litre: { zh: '升/年', en: 'litres per year' },
  unit_cubicMetre: { zh: '立方米/年', en: 'cubic metres per year' },
  unit_tenKiloCubicMetres: { zh: '万立方米/年', en: 'ten thousand cubic metres per year' },
  unit_kilowattHour: { zh: '千瓦时/年', en: 'kilowatt-hours per year' },
  unit_megawattHour: { zh: '兆瓦时/年', en: 'megawatt-hours per year' },
  unit_gigawattHour: { zh: '吉瓦时/年', en: 'gigawatt-hours per year' },
  unit_megajoule: { zh: '兆焦/年', en: 'megajoules per year' },
  unit_gigajoule: { zh: '吉焦/年', en: 'gigajoules per year' },
  unit_terajoule: { zh: '太焦/年', en: 'terajoules per year' },
  unit_coalEquivalent: { zh: '吨标准煤/年', en: 'tonnes of coal equivalent per year' },
  unit_piece: { zh: '台(件)/年', en: 'units per year' },
  unit_tenKiloPieces: { zh: '万台(件)/年', en: 'ten thousand units per year' },
  unit_tonneKilometre: { zh: '吨公里/年', en: 'tonne-kilometres per year' },
  unit_yuan: { zh: '元/年', en: 'yuan per year' },
  unit_tenKiloYuan: { zh: '万元/年', en: 'ten thousand yuan per year' },
  // What each kind of item is called (model/references.ts, catalogue/validate.ts, scenario/draft.ts, itemUpdate.ts)
  kind_cluster: { zh: '集群', en: 'cluster' },
  kind_material: { zh: '物料', en: 'material' },
  kind_enterprise: { zh: '企业', en: 'enterprise' },
  kind_source: { zh: '来源', en: 'source' },
  kind_flow: { zh: '物质流', en: 'flow' },
  kind_technology: { zh: '工艺', en: 'technology' },
  kind_chain: { zh: '产业链模板', en: 'chain template' },
  // scenario/streamChanges.ts: an enterprise's declared lists, one item of each
  streamList_inputs: { zh: '输入', en: 'input' },
  streamList_outputs: { zh: '输出', en: 'output' },
  streamList_capacities: { zh: '能力', en: 'capacity' },
} as const satisfies Record<string, BilingualMessage>;
