/**
 * A graph read from GEXF or GraphML → a validated park model.
 *
 * Our own exports carry the non-graph parts in a payload (graphPayload.ts)
 * and come back exactly as they were written. Files from Gephi, Cytoscape or
 * yEd have only nodes and edges: the park, clusters and materials are
 * rebuilt from them, declared streams are the sums of the flows, and every
 * default applied is said in one warning per kind.
 */
import { IdPool, idFromName, nameFromText } from '../model/ids.ts';
import { isLooseObject, type LooseObject } from '../model/loose.ts';
import { errorsOf, problem, quote, warningsOf, type Problem, type ProblemLocation } from '../model/problems.ts';
import { BOUNDARY_IDS, CURRENT_SCHEMA_VERSION, ID_PATTERN } from '../model/schema.ts';
import type { ParkModel } from '../model/types.ts';
import { validateModel, type ValidationResult } from '../model/validate.ts';
import { bilingual } from '../text/message.ts';
import { streamsFromFlows } from './declaredStreams.ts';
import { GraphCatalog } from './graphCatalog.ts';
import type { GraphIn, GraphInNode } from './graphInput.ts';
import { readPayload } from './graphPayload.ts';
import { displayNameOf, enterpriseFromNode, flowFromEdge } from './graphRecords.ts';
import { writtenPositions, type Position } from './graphStyle.ts';
import { defaultNotes } from './graphNotes.ts';

type Rec = Record<string, unknown>;

export interface GraphImportOptions {
  /** The park's reference year when the file does not say (files from other tools). */
  readonly referenceYear: number;
}

export function graphToModel(graph: GraphIn, options: GraphImportOptions): ValidationResult {
  const problems: Problem[] = [...graph.problems];
  const fileAt = (line?: number): ProblemLocation =>
    line === undefined ? { file: graph.file } : { file: graph.file, line };
  const payload = loadPayload(graph, problems);
  const ctx = { strict: payload !== undefined, catalog: new GraphCatalog(payload), problems, file: graph.file };

  // Nodes: boundary actors by id, enterprises with ids unique in the model.
  const actorOf = new Map<string, string>();
  const taken = new IdPool();
  const enterprises: { record: Rec; node: GraphInNode; hasStreams: boolean }[] = [];
  const positions: Record<string, Position> = {};
  for (const node of graph.nodes) {
    if (actorOf.has(node.id)) {
      problems.push(
        problem(
          'error',
          'graph-duplicate-node',
          [],
          bilingual('io:duplicateNode', { id: quote(node.id) }),
          fileAt(node.line),
        ),
      );
      continue;
    }
    const boundary = boundaryOf(node, ctx.strict);
    const id = boundary ?? enterpriseId(node, ctx.strict, taken);
    actorOf.set(node.id, id);
    if (node.position) positions[id] = node.position;
    if (boundary) continue;
    taken.add(id);
    enterprises.push({ ...enterpriseFromNode(node, id, ctx), node });
  }

  // Edges: flows between known nodes.
  const flows: Rec[] = [];
  const flowLines: (number | undefined)[] = [];
  const flowIds = new Set<string>();
  graph.edges.forEach((edge, index) => {
    const from = actorOf.get(edge.source);
    const to = actorOf.get(edge.target);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? edge.source : edge.target;
      if (graph.groups.has(missing)) {
        problems.push(
          problem(
            'warning',
            'graph-edge-group',
            [],
            bilingual('io:edgeToGroup', { group: quote(missing) }),
            fileAt(edge.line),
          ),
        );
        return;
      }
      problems.push(
        problem(
          'error',
          'graph-edge-unknown-node',
          [],
          bilingual('io:edgeUnknownNode', { node: quote(missing) }),
          fileAt(edge.line),
        ),
      );
      return;
    }
    let id = edge.id !== undefined && ID_PATTERN.test(edge.id) && !flowIds.has(edge.id) ? edge.id : `f-${index + 1}`;
    for (let n = 2; flowIds.has(id); n++) id = `f-${index + 1}-${n}`;
    flowIds.add(id);
    flows.push(flowFromEdge(edge, id, from, to, ctx));
    flowLines.push(edge.line);
  });

  const declared = streamsFromFlows(
    flows as unknown as Parameters<typeof streamsFromFlows>[0],
    ctx.catalog.materialMap(),
    'sum of this enterprise’s flows in the imported graph',
  );
  for (const { record, hasStreams } of enterprises) {
    if (hasStreams) continue;
    const { inputs, outputs } = declared(record['id'] as string);
    record['inputs'] = inputs;
    record['outputs'] = outputs;
  }

  const model: Rec = {
    schemaVersion: payload?.['schemaVersion'] ?? CURRENT_SCHEMA_VERSION,
    park: payload?.['park'] ?? createdPark(graph, options, problems),
    clusters: ctx.catalog.clusters,
    materials: ctx.catalog.materials,
    enterprises: enterprises.map((e) => e.record),
    flows,
    chains: payload?.['chains'] ?? [],
  };
  const view = viewOf(model, payload, positions);
  if (view) model['view'] = view;
  if (graph.undirected) {
    problems.push(problem('warning', 'graph-undirected', [], bilingual('io:undirected'), fileAt()));
  }
  problems.push(...defaultNotes(ctx.catalog, payload !== undefined, graph));

  const locate = (p: Problem): Problem => {
    if (p.location) return p;
    const [head, index] = p.path;
    const line =
      head === 'enterprises' && typeof index === 'number'
        ? enterprises[index]?.node.line
        : head === 'flows' && typeof index === 'number'
          ? flowLines[index]
          : graph.payload?.line;
    return { ...p, location: fileAt(line) };
  };
  const result = validateModel(model);
  const errors = [...errorsOf(problems), ...(result.ok ? [] : result.errors)].map(locate);
  const warnings = [...warningsOf(problems), ...result.warnings].map(locate);
  if (!result.ok || errors.length > 0) return { ok: false, errors, warnings };
  return { ...result, warnings };
}

function loadPayload(graph: GraphIn, problems: Problem[]): LooseObject | undefined {
  if (!graph.payload) return undefined;
  const read = readPayload(graph.payload.text);
  if (read.ok) return read.payload;
  problems.push(
    problem(
      'warning',
      'graph-payload-damaged',
      [],
      bilingual('io:payloadDamaged', { reason: read.reason }),
      graph.payload.line === undefined ? { file: graph.file } : { file: graph.file, line: graph.payload.line },
    ),
  );
  return undefined;
}

/** `@supply` and friends by node id; in files from other tools also by label. */
function boundaryOf(node: GraphInNode, strict: boolean): string | undefined {
  const ids: readonly string[] = BOUNDARY_IDS;
  if (ids.includes(node.id)) return node.id;
  return !strict && node.label !== undefined && ids.includes(node.label.trim()) ? node.label.trim() : undefined;
}

/** Node ids tools count out: yEd's `n0` and `n1::n0`, Gephi's `n12`, Cytoscape's SUIDs. */
const COUNTER = /^[a-z]?\d+(::[a-z]?\d+)*$/i;

/** Node ids are kept, unless they are counters: then a readable id is made from the label. */
function enterpriseId(node: GraphInNode, strict: boolean, taken: IdPool): string {
  const usable = (id: string) => ID_PATTERN.test(id) && !taken.has(id);
  if (usable(node.id) && (strict || !COUNTER.test(node.id))) return node.id;
  const label = displayNameOf(node);
  if (label) return taken.fromName(label, 'enterprise');
  return usable(node.id) ? node.id : taken.fromName(node.id, 'enterprise');
}

function createdPark(graph: GraphIn, options: GraphImportOptions, problems: Problem[]): Rec {
  const base = graph.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'park';
  const title = graph.title?.trim() || base;
  problems.push(
    problem(
      'warning',
      'graph-park-created',
      [],
      bilingual('io:parkCreated', { title: quote(title), year: options.referenceYear }),
      { file: graph.file },
    ),
  );
  return { id: idFromName(base, new Set(), 'park'), name: nameFromText(title), referenceYear: options.referenceYear };
}

/**
 * The saved view. When every node still sits where our export put it, the
 * payload's view comes back unchanged; when nodes were moved (a Gephi
 * layout), their new positions become the view. Files from other tools
 * bring their positions, if any.
 */
function viewOf(model: Rec, payload: LooseObject | undefined, positions: Record<string, Position>): Rec | undefined {
  const saved = isLooseObject(payload?.['view']) ? payload['view'] : undefined;
  if (payload) {
    const written = writtenPositions({ ...model, ...(saved ? { view: saved } : {}) } as unknown as ParkModel);
    const moved = Object.entries(positions).some(([id, p]) => {
      const w = written.get(id);
      return !w || w.x !== p.x || w.y !== p.y;
    });
    if (!moved) return saved ? { ...saved } : undefined;
    const before = isLooseObject(saved?.['positions']) ? saved['positions'] : {};
    return { ...saved, positions: { ...before, ...positions } };
  }
  return Object.keys(positions).length > 0 ? { positions } : undefined;
}
