/**
 * `npm run bench:explorer`: the JavaScript side of the explorer on synthetic
 * parks, in Node — what the main thread does before sigma can draw
 * (validation, the display graph, parallel-edge curves, saved positions)
 * and what each UI change costs in reducer work (a full refresh runs
 * nodeLook/edgeLook for every item; a partial one only for what changed).
 * Headless Chromium renders WebGL in software here, so on-screen figures
 * for 100 000 flows say more about the software rasteriser than about the
 * app (domain.md, library pitfalls); these figures are the app's own part.
 *
 *   npm run bench:explorer -- --sizes 2000x10000,20000x100000
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildExchangeGraph } from '../src/core/graph/exchangeGraph.ts';
import { validateModelText } from '../src/core/model/validate.ts';
import { edgeLook, nodeLook, type DisplayContext } from '../src/app/network/display.ts';
import { curveParallelFlows } from '../src/app/network/curves.ts';
import { buildDisplayGraph } from '../src/app/network/displayGraph.ts';
import { NO_FILTERS, actorHidden } from '../src/app/network/filters.ts';
import { withHover } from '../src/app/network/highlight.ts';
import { applyPositions, positionsOf } from '../src/app/network/graphPositions.ts';
import { refreshScope } from '../src/app/network/refreshScope.ts';
import { initialUiState, uiReducer } from '../src/app/network/uiState.ts';
import { buildMaterialView, buildProcessView } from '../src/app/network/viewGraphs.ts';
import { editCell } from '../src/app/tables/cellEdits.ts';
import { createHistory } from '../src/app/model/history.ts';
import { flowDraft } from '../src/app/forms/itemDrafts.ts';
import { saveFlow } from '../src/app/forms/itemForms.ts';
import { commitEdit } from '../src/app/model/modelEdit.ts';
import { syntheticPark } from './syntheticPark.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2000x10000,20000x100000' } } });

function measure<T>(label: string, work: () => T): T {
  const start = performance.now();
  const value = work();
  console.log(`  ${label.padEnd(44)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`);
  return value;
}

for (const size of values.sizes.split(',')) {
  const [enterprises, flows] = size.split('x').map(Number);
  if (!enterprises || !flows) throw new Error(`bad size "${size}": use ENTERPRISESxFLOWS`);
  const text = JSON.stringify(syntheticPark({ enterprises, flows }));
  console.log(`\n${enterprises} enterprises / ${flows} flows (${(text.length / 2 ** 20).toFixed(1)} MB)`);
  const validated = measure('parse + validate', () => validateModelText(text));
  if (!validated.ok) throw new Error('invalid synthetic park');
  const model = validated.model;
  measure('exchange graph (core; the analyses)', () => buildExchangeGraph(model));
  const graph = measure('display graph (sizes, colours, layout)', () => buildDisplayGraph(model));
  measure('parallel flows curved', () => curveParallelFlows(graph));
  const saved = positionsOf(graph);
  measure('apply saved positions', () => applyPositions(graph, saved));
  measure('material view graph', () => buildMaterialView(model));
  measure('process view graph', () => buildProcessView(model));

  const ui = initialUiState();
  const reducers = (context: DisplayContext, nodes: Iterable<string>, edges: Iterable<string>) => {
    for (const node of nodes) nodeLook(node, graph.getNodeAttributes(node), context);
    for (const edge of edges) {
      const [source, target] = graph.extremities(edge);
      const endHidden =
        actorHidden(graph.getNodeAttribute(source, 'actor'), context) ||
        actorHidden(graph.getNodeAttribute(target, 'actor'), context);
      edgeLook(edge, graph.getEdgeAttributes(edge), { source, target, endHidden }, context);
    }
  };
  const base: DisplayContext = { ...ui, ...NO_FILTERS, highlight: null, language: 'zh' };
  measure('reducers, every item (a full refresh)', () => reducers(base, graph.nodes(), graph.edges()));
  const hub = graph.nodes().reduce((a, b) => (graph.degree(a) >= graph.degree(b) ? a : b));
  const other = graph.nodes().find((n) => n !== hub && graph.degree(n) > 0)!;
  const first = withHover(graph, hub, null);
  const second = measure('hover highlight (neighbourhood)', () => withHover(graph, other, null));
  const scope = measure('refresh scope, hover moves to another actor', () =>
    refreshScope(graph, { highlight: first, ui, language: 'zh' }, { highlight: second, ui, language: 'zh' }),
  );
  const items = scope ? scope.partialGraph : { nodes: graph.nodes(), edges: graph.edges() };
  measure(`reducers, partial (${items.nodes.length} nodes, ${items.edges.length} edges)`, () =>
    reducers({ ...base, highlight: second }, items.nodes, items.edges),
  );
  const filtered = uiReducer(ui, { type: 'toggle-category', category: 'waste' });
  measure('reducers after a filter change (full)', () =>
    reducers({ ...filtered, highlight: null, language: 'zh' }, graph.nodes(), graph.edges()),
  );

  // Editing: what one keystroke in a flow form costs (core applies and checks its change set), and committing an
  // edit (core applies the change set to the present again).
  const flow = model.flows[Math.floor(model.flows.length / 2)]!;
  const draft = { ...flowDraft(flow), quantity: String((flow.quantity ?? 0) + 1) };
  const check = measure('flow form, one keystroke (check the draft)', () => saveFlow(model, draft, flow.id));
  measure('commit the form (apply the change set)', () => commitEdit(createHistory(model), check.edit!));
  const cell = editCell(model, 'flows', flow.id, 'quantity', String((flow.quantity ?? 0) + 2));
  if (cell.kind === 'edit') measure('commit a table cell edit', () => commitEdit(createHistory(model), cell.edit));
}
