/**
 * Comparing two partitions of the same actors (declared clusters against
 * detected communities): the contingency table and the normalized mutual
 * information.
 *
 * NMI uses the arithmetic-mean normalisation of Danon et al. (2005, J. Stat.
 * Mech. P09008), the default of scikit-learn:
 *   NMI = 2 I(U; V) / (H(U) + H(V)),
 *   I(U; V) = Σ_ij (n_ij/n) ln(n · n_ij / (a_i b_j)),  H(U) = −Σ_i (a_i/n) ln(a_i/n).
 * The log base cancels (natural logs here). 1 = the same partition, 0 =
 * independent. When both partitions are a single block (H(U) = H(V) = 0)
 * they are identical and NMI = 1; with no actors NMI is null.
 */

export interface Contingency {
  /** Row labels (e.g. cluster ids), as given. */
  readonly rows: readonly string[];
  /** Column labels (e.g. community numbers), as given. */
  readonly columns: readonly number[];
  /** counts[r][c] = actors in row label r and column label c. */
  readonly counts: readonly (readonly number[])[];
}

/** Cross-tabulates two labellings of the same items. Labels missing from `rows`/`columns` are a bug. */
export function contingencyTable(
  rowOf: readonly string[],
  columnOf: readonly number[],
  rows: readonly string[],
  columns: readonly number[],
): Contingency {
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const columnIndex = new Map(columns.map((c, i) => [c, i]));
  const counts = rows.map(() => new Array<number>(columns.length).fill(0));
  rowOf.forEach((label, item) => {
    const r = rowIndex.get(label);
    const c = columnIndex.get(columnOf[item]!);
    if (r === undefined || c === undefined) throw new Error(`unlabelled item ${item}`);
    counts[r]![c]! += 1;
  });
  return { rows, columns, counts };
}

export function normalizedMutualInformation(counts: readonly (readonly number[])[]): number | null {
  const a = counts.map((row) => row.reduce((x, y) => x + y, 0));
  const b = (counts[0] ?? []).map((_, c) => counts.reduce((sum, row) => sum + row[c]!, 0));
  const n = a.reduce((x, y) => x + y, 0);
  if (n === 0) return null;
  const entropy = (totals: number[]) => -totals.reduce((h, t) => (t > 0 ? h + (t / n) * Math.log(t / n) : h), 0);
  const hu = entropy(a);
  const hv = entropy(b);
  if (hu + hv === 0) return 1;
  let mutual = 0;
  counts.forEach((row, i) =>
    row.forEach((nij, j) => {
      if (nij > 0) mutual += (nij / n) * Math.log((n * nij) / (a[i]! * b[j]!));
    }),
  );
  // Rounding can leave tiny negatives or values just above 1.
  return Math.min(1, Math.max(0, (2 * mutual) / (hu + hv)));
}
