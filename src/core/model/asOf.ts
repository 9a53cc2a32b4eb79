/**
 * The park as it stood in a given year (domain.md §5a): the exchanges begun
 * by then and not yet ended, and the enterprises those exchanges show to be
 * there. Pure: the result is a new model, valid whenever the input is.
 *
 * Conventions, all following from what a dated exchange list does and does
 * not say:
 *  - A flow runs in `year` when `startYear <= year` and `year < endYear`:
 *    the end year is the first year it no longer runs (schema.ts).
 *  - A flow without a `startYear` has an unknown start: it is taken as
 *    present from the beginning (until its `endYear`, if it has one). A flow
 *    with neither year is present in every year. Callers say so to the user
 *    (`asOfNotes` in asOfYear.ts) rather than guessing a start.
 *  - An enterprise is present when at least one of its flows runs that year,
 *    or when none of its flows carries a year (nothing says when it existed,
 *    so it is never dropped for lack of a date). An enterprise whose flows
 *    are all dated and none runs is absent, and so are its flows.
 *  - An enterprise marked `closed` (closed today) with a dated, existing
 *    exchange running that year was evidently operating then, so it is
 *    `operating` in that year's park; otherwise the network metrics, which
 *    count operating enterprises, would lose every plant that has since
 *    closed from the years it worked.
 *  - The park's reference year becomes `year`. Materials, clusters, chains
 *    and the rest of the park's data are kept as they are; `replacedBy` is dropped from a flow whose replacement does not run
 *    that year, and saved positions of absent enterprises are dropped, so the
 *    result validates without new errors or stale-position warnings.
 */
import { isBoundaryId } from './references.ts';
import type { Enterprise, Flow, ParkModel } from './types.ts';

type Years = Pick<Flow, 'startYear' | 'endYear'>;

/** Whether the flow runs in `year` (see the conventions above). */
export function flowRunsIn(flow: Years, year: number): boolean {
  return (
    (flow.startYear === undefined || flow.startYear <= year) && (flow.endYear === undefined || year < flow.endYear)
  );
}

/** Whether the flow carries a start or an end year. */
export function isDated(flow: Years): boolean {
  return flow.startYear !== undefined || flow.endYear !== undefined;
}

export function hasDatedFlows(model: ParkModel): boolean {
  return model.flows.some(isDated);
}

/** Every distinct start and end year, ascending: the years in which the park changed. */
export function yearsOf(model: ParkModel): number[] {
  const years = new Set<number>();
  const add = (year: number) => years.add(year);
  // Indexed: cold for…of allocates a result per flow, and a park has 100 000.
  const { flows } = model;
  for (let i = 0; i < flows.length; i++) eachYear(flows[i]!, add);
  return [...years].sort((a, b) => a - b);
}

/** Gives the flow's start and end year, those it has. */
export function eachYear(flow: Years, give: (year: number) => void): void {
  if (flow.startYear !== undefined) give(flow.startYear);
  if (flow.endYear !== undefined) give(flow.endYear);
}

export function modelAsOf(model: ParkModel, year: number): ParkModel {
  const dated = new Set<string>();
  const running = new Set<string>();
  const wasOperating = new Set<string>();
  const runs: boolean[] = [];
  for (const flow of model.flows) {
    const runsNow = flowRunsIn(flow, year);
    runs.push(runsNow);
    const hasYear = isDated(flow);
    for (const end of [flow.from, flow.to]) {
      if (isBoundaryId(end)) continue;
      if (hasYear) dated.add(end);
      if (runsNow) running.add(end);
      if (runsNow && hasYear && flow.status === 'existing') wasOperating.add(end);
    }
  }
  const enterprises = model.enterprises
    .filter((e) => running.has(e.id) || !dated.has(e.id))
    .map((e): Enterprise => (e.status === 'closed' && wasOperating.has(e.id) ? { ...e, status: 'operating' } : e));
  const present = new Set(enterprises.map((e) => e.id));
  const there = (end: string) => isBoundaryId(end) || present.has(end);
  // A running flow's ends are present by construction; the check keeps that true whatever the rule above becomes.
  const kept = model.flows.filter((flow, k) => runs[k] && there(flow.from) && there(flow.to));
  const keptIds = new Set(kept.map((f) => f.id));
  const flows = kept.map((flow) => {
    if (flow.replacedBy === undefined || keptIds.has(flow.replacedBy)) return flow;
    const rest = { ...flow };
    delete rest.replacedBy;
    return rest;
  });
  // The model now describes that year: headings and reports name it, not the list's latest year.
  return { ...model, park: { ...model.park, referenceYear: year }, enterprises, flows, ...viewOf(model, there) };
}

function viewOf(model: ParkModel, there: (id: string) => boolean): Pick<ParkModel, 'view'> | Record<string, never> {
  const positions = model.view?.positions;
  if (!model.view) return {};
  if (!positions) return { view: model.view };
  return {
    view: { ...model.view, positions: Object.fromEntries(Object.entries(positions).filter(([id]) => there(id))) },
  };
}
