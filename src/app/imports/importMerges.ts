/**
 * The import report's merge step, without React: the groups of probable
 * duplicate names the first reading of an exchange list found (core's
 * flowsCsvNames.ts), the user's choice for each — keep apart or merge under
 * one of its spellings — and the alias table those choices make. Nothing is
 * merged unless the user chooses it: every group starts kept apart.
 *
 * The groups are those of the first reading, kept while the user applies
 * choices: a merged group leaves the re-read report's warnings but must stay
 * listed, so that the user can see it and undo it.
 */
import type { AliasPair } from '../../core/io/aliasTable.ts';
import type { DuplicateNameGroup } from '../../core/io/flowsCsvNames.ts';

export interface MergeChoice {
  readonly merge: boolean;
  /** The spelling the others become; kept while the group is apart, so switching back restores it. */
  readonly into: string;
}

export interface MergeSession {
  readonly groups: readonly DuplicateNameGroup[];
  /** What the report shown was read with, one per group. */
  readonly applied: readonly MergeChoice[];
  /** What the user has chosen since, one per group. */
  readonly chosen: readonly MergeChoice[];
}

/** The spelling on the most rows; on a tie the one the file gives first. */
export function defaultTarget(group: DuplicateNameGroup): string {
  let best = group.spellings[0];
  for (const spelling of group.spellings) if (best && spelling.rows.length > best.rows.length) best = spelling;
  return best?.name ?? '';
}

/** The step for a freshly read report, every group kept apart; null when it found no probable duplicates. */
export function startMerges(groups: readonly DuplicateNameGroup[] | undefined): MergeSession | null {
  if (!groups || groups.length === 0) return null;
  const apart = groups.map((group) => ({ merge: false, into: defaultTarget(group) }));
  return { groups, applied: apart, chosen: apart };
}

/** The session with group `index` chosen so; a target that is not one of the group's spellings is ignored. */
export function choose(session: MergeSession, index: number, choice: MergeChoice): MergeSession {
  const group = session.groups[index];
  if (!group || !group.spellings.some((s) => s.name === choice.into)) return session;
  return { ...session, chosen: session.chosen.map((c, i) => (i === index ? choice : c)) };
}

/** Two choices that read the file the same way (the target of a group kept apart does not matter). */
function sameEffect(a: MergeChoice | undefined, b: MergeChoice | undefined): boolean {
  if (!a || !b) return a === b;
  return a.merge === b.merge && (!a.merge || a.into === b.into);
}

/** True when the report shown was not read with the choices made: confirming then would not do what they say. */
export function hasUnapplied(session: MergeSession | null): boolean {
  return session !== null && session.chosen.some((choice, i) => !sameEffect(choice, session.applied[i]));
}

/** The session once the report was read again with its choices. */
export function markApplied(session: MergeSession): MergeSession {
  return { ...session, applied: session.chosen };
}

/** Every other spelling of a merged group → its chosen spelling: the alias table core reads the file with. */
export function aliasPairs(groups: readonly DuplicateNameGroup[], choices: readonly MergeChoice[]): AliasPair[] {
  return groups.flatMap((group, i) => {
    const choice = choices[i];
    if (!choice?.merge) return [];
    return group.spellings.filter((s) => s.name !== choice.into).map((s) => ({ name: s.name, sameAs: choice.into }));
  });
}

/** How many groups the report shown merged. */
export function mergedCount(session: MergeSession): number {
  return session.applied.filter((choice) => choice.merge).length;
}
