/** The sankey's title, subtitle and notes, from its options and what it had to leave out. */
import { CATEGORY_LABELS, FLOW_STATUS_LABELS, localize } from '../model/labels.ts';
import type { FlowStatus, Language, MaterialCategory } from '../model/types.ts';
import { diagramText } from './diagramText.ts';
import { message } from '../text/message.ts';

export function sankeyTitle(language: Language, by: 'enterprise' | 'cluster'): string {
  return diagramText(language, by === 'cluster' ? 'sankeyTitleCluster' : 'sankeyTitleEnterprise');
}

export function sankeySubtitle(heading: {
  readonly language: Language;
  readonly categories: readonly MaterialCategory[] | undefined;
  readonly statuses: readonly string[];
}): string {
  const { language } = heading;
  const separator = language === 'zh' ? ';' : '; ';
  const listSeparator = message(language, 'analysis:listSeparator');
  const parts = [diagramText(language, 'sankeyUnit')];
  if (heading.categories && heading.categories.length > 0) {
    const list = heading.categories.map((c) => localize(CATEGORY_LABELS[c], language)).join(listSeparator);
    parts.push(diagramText(language, 'sankeyCategories', { list }));
  }
  const statuses = heading.statuses
    .filter((s): s is FlowStatus => s in FLOW_STATUS_LABELS)
    .map((s) => localize(FLOW_STATUS_LABELS[s], language))
    .join(listSeparator);
  parts.push(diagramText(language, 'sankeyStatuses', { list: statuses }));
  return parts.join(separator);
}

export interface RemovedLinkText {
  readonly from: string;
  readonly to: string;
  readonly category: string;
  readonly quantity: string;
  /** A flow inside one node (an enterprise's self-flow, or within one cluster). */
  readonly inside: boolean;
}

export function sankeyNotes(
  language: Language,
  left: {
    readonly empty: boolean;
    readonly unconvertible: readonly string[];
    /** How many flows give no quantity. */
    readonly unmeasured?: number;
    readonly removed: readonly RemovedLinkText[];
  },
): string[] {
  const notes: string[] = [];
  if (left.empty) notes.push(diagramText(language, 'sankeyEmpty'));
  if ((left.unmeasured ?? 0) > 0) notes.push(diagramText(language, 'sankeyUnmeasured', { n: left.unmeasured ?? 0 }));
  if (left.unconvertible.length > 0) {
    const materials = [...new Set(left.unconvertible)];
    const listed = materials.slice(0, 12).join(language === 'zh' ? '、' : ', ') + (materials.length > 12 ? ' …' : '');
    notes.push(diagramText(language, 'sankeyUnconvertible', { n: left.unconvertible.length, materials: listed }));
  }
  // Flows within one node: one sentence per node, listing its categories.
  const inside = new Map<string, string[]>();
  for (const r of left.removed.filter((r) => r.inside)) {
    const parts = inside.get(r.from) ?? [];
    parts.push(`${r.category} ${r.quantity}`);
    inside.set(r.from, parts);
  }
  for (const [name, parts] of inside)
    notes.push(diagramText(language, 'sankeyInside', { name, parts: parts.join(language === 'zh' ? '、' : ', ') }));
  for (const r of left.removed.filter((r) => !r.inside))
    notes.push(
      diagramText(language, 'sankeyCycle', { from: r.from, to: r.to, category: r.category, quantity: r.quantity }),
    );
  return notes;
}
