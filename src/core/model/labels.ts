/** Display names of the model's enumerations, shared by the CLI, reports and the UI. */
import type {
  EnterpriseRole,
  EnterpriseStatus,
  FlowStatus,
  LocalizedText,
  MaterialCategory,
  Language,
} from './types.ts';

export const CATEGORY_LABELS: Readonly<Record<MaterialCategory, Required<LocalizedText>>> = {
  product: { zh: '产品', en: 'product' },
  'by-product': { zh: '副产品', en: 'by-product' },
  waste: { zh: '废物', en: 'waste' },
  energy: { zh: '能源', en: 'energy' },
  water: { zh: '水', en: 'water' },
  service: { zh: '服务', en: 'service' },
  unclassified: { zh: '未分类', en: 'unclassified' },
};

export const ROLE_LABELS: Readonly<Record<EnterpriseRole, Required<LocalizedText>>> = {
  producer: { zh: '生产企业', en: 'producer' },
  recycler: { zh: '再生利用企业', en: 'recycler' },
  utility: { zh: '公用设施', en: 'utility' },
  treatment: { zh: '处理处置', en: 'treatment' },
  logistics: { zh: '物流', en: 'logistics' },
  service: { zh: '服务', en: 'service' },
};

export const ENTERPRISE_STATUS_LABELS: Readonly<Record<EnterpriseStatus, Required<LocalizedText>>> = {
  operating: { zh: '运营', en: 'operating' },
  planned: { zh: '规划', en: 'planned' },
  candidate: { zh: '候选', en: 'candidate' },
  closed: { zh: '关停', en: 'closed' },
};

export const FLOW_STATUS_LABELS: Readonly<Record<FlowStatus, Required<LocalizedText>>> = {
  existing: { zh: '现有', en: 'existing' },
  planned: { zh: '规划', en: 'planned' },
  potential: { zh: '潜在', en: 'potential' },
};

/** A name in the wanted language, falling back to the other one (names need only one). */
export function localize(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  return text[language] ?? text[language === 'zh' ? 'en' : 'zh'] ?? '';
}
