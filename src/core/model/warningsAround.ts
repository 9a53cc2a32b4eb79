/**
 * The warnings about one item and the enterprises it touches, without the
 * whole-model pass. A form validates at every keystroke; on a park with
 * 100 000 flows the full validation takes seconds, and most of it concerns
 * items the form does not show.
 *
 * Warnings are local to enterprises: a flow's warnings depend on its two
 * ends, an enterprise's (over-allocated streams) on the flows from and to
 * it. So the warning checks run on the model cut down to the touched
 * enterprises and every flow from or to them — with the cut items left as
 * holes, so paths keep their real indices — and keep what they say about
 * the item or a touched enterprise. Those are exactly the warnings the full
 * validation gives for them (a property test holds the two together).
 */
import type { LooseObject } from './loose.ts';
import { warningsOf, type PathSegment, type Problem } from './problems.ts';
import { indexIds } from './references.ts';
import { checkSuspicious } from './suspicious.ts';
import type { ParkModel } from './types.ts';

/** The path of an item: `['flows', 3]`, `['enterprises', 0]`, `['materials', 2]`, `['chains', 1]`. */
export type ItemPath = readonly [collection: 'flows' | 'enterprises' | 'materials' | 'chains', index: number];

export interface WarningsAround {
  /** Warnings whose path is at or below the item. */
  readonly item: readonly Problem[];
  /** Warnings about the enterprises the item touches (their declared streams), not below the item. */
  readonly touched: readonly Problem[];
}

export function warningsAround(model: ParkModel, [collection, index]: ItemPath): WarningsAround {
  const touched = touchedEnterprises(model, collection, index);
  const enterprises = sparse(model.enterprises, (e) => touched.has(e.id));
  const flows = sparse(
    model.flows,
    (f, i) => touched.has(f.from) || touched.has(f.to) || (collection === 'flows' && i === index),
  );
  const doc: LooseObject = { ...model, enterprises, flows, chains: [] };
  const problems: Problem[] = [];
  checkSuspicious(doc, indexIds(doc, []), problems);

  const touchedIndices = new Set<PathSegment>();
  model.enterprises.forEach((e, i) => {
    if (touched.has(e.id)) touchedIndices.add(i);
  });
  const item: Problem[] = [];
  const around: Problem[] = [];
  for (const p of warningsOf(problems)) {
    if (p.path[0] === collection && p.path[1] === index) item.push(p);
    else if (p.path[0] === 'enterprises' && touchedIndices.has(p.path[1] as PathSegment)) around.push(p);
  }
  return { item, touched: around };
}

/**
 * A flow touches its ends; an enterprise itself; a material the ends of its
 * flows (its unit decides every allocation total in it). Chains touch none.
 */
function touchedEnterprises(model: ParkModel, collection: ItemPath[0], index: number): Set<string> {
  const touched = new Set<string>();
  if (collection === 'flows') {
    const flow = model.flows[index];
    if (flow) touched.add(flow.from).add(flow.to);
  } else if (collection === 'enterprises') {
    const enterprise = model.enterprises[index];
    if (enterprise) touched.add(enterprise.id);
  } else if (collection === 'materials') {
    const material = model.materials[index];
    for (const flow of model.flows) if (flow.material === material?.id) touched.add(flow.from).add(flow.to);
  }
  return touched;
}

/** The kept items at their own indices, holes elsewhere (the checks walk arrays with forEach, which skips holes). */
function sparse<T>(items: readonly T[], keep: (item: T, index: number) => boolean): T[] {
  const out = new Array<T>(items.length);
  items.forEach((item, i) => {
    if (keep(item, i)) out[i] = item;
  });
  return out;
}
