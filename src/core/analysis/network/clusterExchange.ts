/**
 * The cluster × cluster exchange matrix (domain.md §4.4 b) as a table, for
 * the CLI and the reports alike. The matrix itself is computed by the
 * coupling analysis (couplingGaps.ts, `ParkAnalysis.coupling.clusterMatrix`:
 * count and mass of today's flows between enterprises of each pair of
 * clusters); the pairs it flags as complementary but unconnected are its
 * 'weak-coupling' findings (the sending cluster has to spare what the
 * receiving cluster needs, and no flow joins them). Nothing is recomputed
 * here: this only lays the cells out and words them.
 *
 * Rows are the sending clusters, columns the receiving ones, in the model's
 * cluster order. A cell reads "flows / t/a"; "–" for the mass when none of
 * its flows converts to t/a (energy in MWh/a, water in m³/a …: counted, not
 * added, so a missing mass never reads as a measured zero).
 */
import type { ClusterExchange } from '../couplingGaps.ts';
import type { Finding } from '../finding.ts';
import type { Language } from '../../model/types.ts';
import type { ExplainedTable } from './explain.ts';
import { networkNumberFormat } from './explain.ts';
import { message } from '../../text/message.ts';
import { listNames } from '../../text/lists.ts';

const COMPLEMENTARY_MARK = '⚠';

export interface ClusterMatrixCell {
  readonly from: string;
  readonly to: string;
  readonly flows: number;
  readonly mass: number;
  /** Complementary but unconnected: a weak-coupling finding names this pair. */
  readonly complementary: boolean;
}

export interface ClusterMatrixLayout {
  /** Cluster ids in matrix order (the model's order). */
  readonly clusters: readonly string[];
  /** Row by row: cells[i][j] is from clusters[i] to clusters[j]. */
  readonly cells: readonly (readonly ClusterMatrixCell[])[];
  /** Complementary but unconnected pairs, in matrix order. */
  readonly complementary: readonly ClusterMatrixCell[];
}

/** The pairs (from, to) that 'weak-coupling' findings name. */
function complementaryPairs(findings: readonly Finding[]): Set<string> {
  const pairs = new Set<string>();
  for (const f of findings) {
    if (f.kind === 'weak-coupling') pairs.add(pairKey(f.details.fromCluster, f.details.toCluster));
  }
  return pairs;
}

export function layoutClusterMatrix(
  matrix: readonly ClusterExchange[],
  findings: readonly Finding[],
): ClusterMatrixLayout {
  const flagged = complementaryPairs(findings);
  const clusters: string[] = [];
  const seen = new Set<string>();
  for (const c of matrix) {
    for (const id of [c.from, c.to]) {
      if (!seen.has(id)) {
        seen.add(id);
        clusters.push(id);
      }
    }
  }
  const byPair = new Map(matrix.map((c) => [pairKey(c.from, c.to), c]));
  const cells = clusters.map((from) =>
    clusters.map((to): ClusterMatrixCell => {
      const c = byPair.get(pairKey(from, to));
      return {
        from,
        to,
        flows: c?.flows ?? 0,
        mass: c?.mass ?? 0,
        // A pair with flows is connected, whatever a stale finding says.
        complementary: flagged.has(pairKey(from, to)) && (c?.flows ?? 0) === 0,
      };
    }),
  );
  return { clusters, cells, complementary: cells.flat().filter((c) => c.complementary) };
}

/** "12 / 3,400" (flows / t/a), "3 / –" (no mass flow), "·" (no flow), "⚠" (complementary, unconnected). */
function clusterCellText(cell: ClusterMatrixCell, language: Language): string {
  const { integer } = networkNumberFormat(language);
  if (cell.flows === 0) return cell.complementary ? COMPLEMENTARY_MARK : '·';
  return `${integer(cell.flows)} / ${cell.mass > 0 ? integer(cell.mass) : '–'}`;
}

/** The matrix as a table: a header row of receiving clusters, one row per sending cluster. */
export function clusterMatrixTable(
  layout: ClusterMatrixLayout,
  language: Language,
  clusterName: (id: string) => string,
): ExplainedTable {
  return {
    headers: [message(language, 'analysis:clusterMatrixCorner'), ...layout.clusters.map(clusterName)],
    rows: layout.cells.map((row, i) => [
      clusterName(layout.clusters[i]!),
      ...row.map((cell) => clusterCellText(cell, language)),
    ]),
    align: ['left', ...layout.clusters.map(() => 'right' as const)],
  };
}

/** How to read the cells, and the complementary pairs by name. */
export function clusterMatrixSentences(
  layout: ClusterMatrixLayout,
  language: Language,
  clusterName: (id: string) => string,
): string[] {
  const pairs = layout.complementary.map((c) => `${clusterName(c.from)} → ${clusterName(c.to)}`);
  return [
    message(language, 'network:clusterCells', { mark: COMPLEMENTARY_MARK }),
    pairs.length === 0
      ? message(language, 'network:clusterNoPairs')
      : message(language, 'network:clusterPairs', { n: pairs.length, pairs: listNames(pairs, language) }),
  ];
}

function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
