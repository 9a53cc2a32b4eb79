/**
 * Display names of the model's enumerations, shared by the CLI, reports and
 * the UI. The words are the catalogue's (namespace `label`, one key family
 * per enumeration); these tables give them by value in both languages.
 */
import { hasChinese } from '../text/language.ts';
import { bilingual } from '../text/message.ts';
import { ENTERPRISE_ROLES, ENTERPRISE_STATUSES, FLOW_STATUSES, MATERIAL_CATEGORIES } from './schema.ts';
import type {
  EnterpriseRole,
  EnterpriseStatus,
  FlowStatus,
  LocalizedText,
  MaterialCategory,
  Language,
} from './types.ts';

/** A value's key in the catalogue: `by-product` → `byProduct`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

function camelCase<S extends string>(value: S): CamelCase<S> {
  return value.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>;
}

/** Each value of an enumeration with its name, in the enumeration's order. */
function labelsOf<V extends string>(
  values: readonly V[],
  label: (value: V) => Required<LocalizedText>,
): Readonly<Record<V, Required<LocalizedText>>> {
  return Object.fromEntries(values.map((value) => [value, label(value)])) as Record<V, Required<LocalizedText>>;
}

export const CATEGORY_LABELS: Readonly<Record<MaterialCategory, Required<LocalizedText>>> = labelsOf(
  MATERIAL_CATEGORIES,
  (category) => bilingual(`label:category_${camelCase(category)}`),
);

export const ROLE_LABELS: Readonly<Record<EnterpriseRole, Required<LocalizedText>>> = labelsOf(
  ENTERPRISE_ROLES,
  (role) => bilingual(`label:role_${role}`),
);

export const ENTERPRISE_STATUS_LABELS: Readonly<Record<EnterpriseStatus, Required<LocalizedText>>> = labelsOf(
  ENTERPRISE_STATUSES,
  (status) => bilingual(`label:enterpriseStatus_${status}`),
);

export const FLOW_STATUS_LABELS: Readonly<Record<FlowStatus, Required<LocalizedText>>> = labelsOf(
  FLOW_STATUSES,
  (status) => bilingual(`label:flowStatus_${status}`),
);

/** A name in the wanted language, falling back to the other one (names need only one). */
export function localize(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  return text[language] ?? text.zh ?? text.en ?? '';
}

/**
 * A cited source's title in one language. A title is one text, the citation as published; the reference parks
 * write one that has both languages as "中文 / English", which is cut to the language's half wherever a title is
 * shown (findings, the inspector, the tables, reports, exports). Any other title is shown as written.
 */
export function sourceTitle(title: string, language: Language): string {
  const halves = title.split(' / ');
  if (halves.length !== 2) return title;
  const [first, second] = halves as [string, string];
  const chineseFirst = hasChinese(first) && !hasChinese(second);
  if (!chineseFirst) return title;
  return language === 'zh' ? first : second;
}

/** A chain stage named by its materials ("阳极铜 / 阴极铜"): one separator wherever a stage is written out. */
export function stageMaterials(materials: readonly string[], nameOf: (material: string) => string): string {
  return materials.map(nameOf).join(' / ');
}
