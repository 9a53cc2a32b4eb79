/**
 * Probable duplicate names in an exchange list (nameVariants.ts), one
 * warning per group, naming each spelling with the rows it is on. The
 * names stay apart: merging is the user's call, through an alias table.
 */
import { BOUNDARY_IDS } from '../model/schema.ts';
import { problem, quote, type Problem } from '../model/problems.ts';
import { probableDuplicates } from './nameVariants.ts';
import { rowsText } from './rowList.ts';

export interface NameOccurrence {
  readonly name: string;
  readonly row: number;
  /** The column's header as the file shows it. */
  readonly column: string;
}

const KINDS = {
  enterprise: { zh: '企业', en: 'enterprise' },
  material: { zh: '物料', en: 'material' },
} as const;

/** Spellings named in one warning before "and N more". */
const MAX_SPELLINGS = 8;

export function duplicateNameWarnings(
  occurrences: readonly NameOccurrence[],
  kind: keyof typeof KINDS,
  file: string,
): Problem[] {
  const seen = new Map<string, { rows: number[]; first: NameOccurrence }>();
  for (const occurrence of occurrences) {
    if ((BOUNDARY_IDS as readonly string[]).includes(occurrence.name)) continue;
    const known = seen.get(occurrence.name);
    if (known) known.rows.push(occurrence.row);
    else seen.set(occurrence.name, { rows: [occurrence.row], first: occurrence });
  }
  const label = KINDS[kind];
  return probableDuplicates(seen.keys()).map((group) => {
    const shown = group.slice(0, MAX_SPELLINGS).map((name) => ({ name, where: rowsText(seen.get(name)?.rows ?? []) }));
    const more = group.length - shown.length;
    // Placed where the second spelling first appears: the first is usually the one the user meant.
    const second = seen.get(group[1] as string)?.first as NameOccurrence;
    return problem(
      'warning',
      'csv-probable-duplicates',
      [],
      {
        zh: `疑似同一${label.zh}的不同写法:${shown.map((s) => `${quote(s.name)}(${s.where.zh})`).join('、')}${more > 0 ? ` 等 ${group.length} 种` : ''};未合并,如确为同一${label.zh},请在别名表(name,same-as)中列出`,
        en: `probable duplicate ${label.en} names: ${shown.map((s) => `${quote(s.name)} (${s.where.en})`).join(', ')}${more > 0 ? ` and ${more} more` : ''}; kept apart: if they are one ${label.en}, list them in an alias table (name,same-as)`,
      },
      { file, row: second.row, column: second.column },
    );
  });
}
