/** The sankey's title, subtitle and notes, from its options and what it had to leave out. */
import { CATEGORY_LABELS, FLOW_STATUS_LABELS, localize } from '../model/labels.ts';
import type { FlowStatus, Language, MaterialCategory } from '../model/types.ts';
import { message } from '../text/message.ts';

export function sankeyTitle(language: Language, by: 'enterprise' | 'cluster'): string {
  return message(language, by === 'cluster' ? 'diagram:sankeyTitleCluster' : 'diagram:sankeyTitleEnterprise');
}

export function sankeySubtitle(heading: {
  readonly language: Language;
  readonly categories: readonly MaterialCategory[] | undefined;
  readonly statuses: readonly string[];
}): string {
  const { language } = heading;
  const listSeparator = message(language, 'common:listSeparator');
  const parts = [message(language, 'diagram:sankeyUnit')];
  if (heading.categories && heading.categories.length > 0) {
    const list = heading.categories.map((c) => localize(CATEGORY_LABELS[c], language)).join(listSeparator);
    parts.push(message(language, 'diagram:sankeyCategories', { list }));
  }
  const statuses = heading.statuses
    .filter((s): s is FlowStatus => s in FLOW_STATUS_LABELS)
    .map((s) => localize(FLOW_STATUS_LABELS[s], language))
    .join(listSeparator);
  parts.push(message(language, 'diagram:sankeyStatuses', { list: statuses }));
  return parts.join(message(language, 'common:groupSeparator'));
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
  const listSeparator = message(language, 'common:listSeparator');
  const notes: string[] = [];
  if (left.empty) notes.push(message(language, 'diagram:sankeyEmpty'));
  if ((left.unmeasured ?? 0) > 0)
    notes.push(message(language, 'diagram:sankeyUnmeasured', { n: left.unmeasured ?? 0 }));
  if (left.unconvertible.length > 0) {
    const materials = [...new Set(left.unconvertible)];
    const listed = materials.slice(0, 12).join(listSeparator) + (materials.length > 12 ? ' …' : '');
    notes.push(message(language, 'diagram:sankeyUnconvertible', { n: left.unconvertible.length, materials: listed }));
  }
  // Flows within one node: one sentence per node, listing its categories.
  const inside = new Map<string, string[]>();
  for (const r of left.removed.filter((r) => r.inside)) {
    const parts = inside.get(r.from) ?? [];
    parts.push(`${r.category} ${r.quantity}`);
    inside.set(r.from, parts);
  }
  for (const [name, parts] of inside)
    notes.push(message(language, 'diagram:sankeyInside', { name, parts: parts.join(listSeparator) }));
  for (const r of left.removed.filter((r) => !r.inside))
    notes.push(
      message(language, 'diagram:sankeyCycle', { from: r.from, to: r.to, category: r.category, quantity: r.quantity }),
    );
  return notes;
}
