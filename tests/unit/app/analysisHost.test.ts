import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParkAnalysis } from '../../../src/core/analysis/analyzePark.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { applyScenario } from '../../../src/core/scenario/applyScenario.ts';
import { createAnalysisClient, type HostPort } from '../../../src/app/analysis/analysisClient.ts';
import { createAnalysisHost, type Runner } from '../../../src/app/analysis/analysisHost.ts';
import type {
  AnalysisRequest,
  AnalysisResponse,
  HostRequest,
  HostResponse,
} from '../../../src/app/analysis/analysisProtocol.ts';
import type { ShownAnalysis } from '../../../src/app/analysis/shownAnalysis.ts';

const catalogue = { technologies: [] } as unknown as TechnologyCatalogue;
const settings = { selfLoops: false };

function referencePark(): ParkModel {
  const result = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
  if (!result.ok) throw new Error('the reference park does not validate');
  return result.model;
}

function withQuantity(model: ParkModel, index: number, quantity: number): ParkModel {
  const flow = model.flows[index]!;
  const result = applyScenario(
    model,
    { id: 'e', name: { en: 'e' }, changes: [{ kind: 'update-flow', flow: flow.id, set: { quantity } }] },
    undefined,
    { validation: 'changes' },
  );
  if (!result.ok) throw new Error('edit refused');
  return result.model;
}

const finding = (id: string): Finding =>
  ({ id, kind: 'open-end', severity: 'medium', title: { en: id }, detail: { en: id } }) as unknown as Finding;

/**
 * Page and host joined as their workers would be (messages copied with structuredClone,
 * delivered in order), with runners the test finishes by hand.
 */
function joined() {
  const runners: { request: AnalysisRequest; done: (r: AnalysisResponse) => void; stopped: boolean }[] = [];
  const posted: HostRequest[] = [];
  const startRunner = (): Runner => {
    const runner = { request: null as unknown as AnalysisRequest, done: (_r: AnalysisResponse) => {}, stopped: false };
    runners.push(runner);
    return {
      run(request, done) {
        runner.request = structuredClone(request);
        runner.done = (r) => done(structuredClone(r));
      },
      stop: () => {
        runner.stopped = true;
      },
    };
  };
  const port: HostPort = {
    onmessage: null,
    postMessage(request) {
      posted.push(request);
      host.receive(structuredClone(request));
    },
    terminate() {},
  };
  const replies: HostResponse[] = [];
  const host = createAnalysisHost(startRunner, (response: HostResponse) => {
    replies.push(response);
    port.onmessage?.({ data: structuredClone(response) });
  });
  return { client: createAnalysisClient(port), runners, posted, replies };
}

const analysisWith = (findings: Finding[]) => ({ park: 'p', findings }) as unknown as ParkAnalysis;

/** The ids of the findings an answer carried in full. */
const carried = (reply: HostResponse | undefined) =>
  reply?.type === 'analysis' && reply.ok ? reply.analysis.findings.changed.map(([id]) => id) : null;

describe('the analysis host and its client', () => {
  const park = referencePark();

  it('sends the park whole once, then only what an edit changed, and the host analyses the same model', () => {
    const { client, runners, posted } = joined();
    client.analyse(park, catalogue, settings, () => {});
    const edited = withQuantity(park, 2, 4321);
    client.analyse(edited, catalogue, settings, () => {});
    const [first, second] = posted as Extract<HostRequest, { type: 'analyse' }>[];
    expect('model' in first!.park).toBe(true);
    expect('delta' in second!.park).toBe(true);
    // The catalogue travels once.
    expect(second!.catalogue).toBeNull();
    expect(runners[1]!.request.model).toEqual(edited);
    expect(runners[1]!.request.catalogue).toEqual(catalogue);
  });

  it('ends the older analysis when a newer edit comes, and answers only the newest', () => {
    const { client, runners } = joined();
    const answers: string[] = [];
    client.analyse(park, catalogue, settings, (r) => answers.push(r.ok ? `old ${r.analysis.park}` : 'failed'));
    client.analyse(withQuantity(park, 1, 7), catalogue, settings, (r) =>
      answers.push(r.ok ? `new ${r.analysis.park}` : 'failed'),
    );
    expect(runners[0]!.stopped).toBe(true);
    runners[0]!.done({ ok: true, analysis: analysisWith([]) });
    expect(answers).toEqual([]);
    runners[1]!.done({ ok: true, analysis: analysisWith([]) });
    expect(answers).toEqual(['new p']);
  });

  it('answers with the part the page shows and hands the whole analysis to an export', async () => {
    const { client, runners } = joined();
    let shown: ShownAnalysis | null = null;
    client.analyse(park, catalogue, settings, (r) => {
      if (r.ok) shown = r.analysis;
    });
    const all = Array.from({ length: 250 }, (_, i) => finding(`f${i}`));
    runners[0]!.done({ ok: true, analysis: analysisWith(all) });
    expect(shown!.findings).toHaveLength(200);
    expect(shown!.abridged).toEqual({ findings: { total: 250, perKind: { 'open-end': 250 } } });
    const whole = await client.whole();
    expect(whole.findings.map((f) => f.id)).toEqual(all.map((f) => f.id));
  });

  it('refuses the whole of an analysis a newer edit replaced', async () => {
    const { client, runners } = joined();
    client.analyse(park, catalogue, settings, () => {});
    runners[0]!.done({ ok: true, analysis: analysisWith(Array.from({ length: 201 }, (_, i) => finding(`f${i}`))) });
    client.analyse(withQuantity(park, 1, 9), catalogue, settings, () => {});
    await expect(client.whole()).rejects.toThrow(/newer/);
  });

  it("hands the next runner the betweenness the last one used, never an unfinished one's", () => {
    const { client, runners } = joined();
    client.analyse(park, catalogue, settings, () => {});
    expect(runners[0]!.request.kept).toBeNull();
    const kept = {
      method: 'exact',
      actors: ['a'],
      start: Int32Array.of(0, 0),
      targets: new Int32Array(0),
      betweenness: { values: Float64Array.of(0), sampled: false, sources: 1, normalized: true },
    } as const;
    runners[0]!.done({ ok: true, analysis: analysisWith([]), kept });
    client.analyse(withQuantity(park, 1, 5), catalogue, settings, () => {});
    expect(runners[1]!.request.kept).toEqual(kept);
    // A run ended by a newer edit leaves the kept figures as they were.
    client.analyse(withQuantity(park, 1, 6), catalogue, settings, () => {});
    expect(runners[2]!.request.kept).toEqual(kept);
  });

  it('sends the park whole again after the host lost step', () => {
    const { client, runners, posted } = joined();
    const failures: string[] = [];
    client.analyse(park, catalogue, settings, () => {});
    runners[0]!.done({ ok: false, message: 'out of memory' });
    client.analyse(withQuantity(park, 3, 11), catalogue, settings, (r) => {
      if (!r.ok) failures.push(r.message);
    });
    const last = posted.at(-1) as Extract<HostRequest, { type: 'analyse' }>;
    expect('model' in last.park).toBe(true);
    expect(failures).toEqual([]);
  });

  it('sends the findings an edit changed, and the page still gets every finding, the unchanged ones as they were', () => {
    const { client, runners, replies } = joined();
    const shown: ShownAnalysis[] = [];
    const keep = (r: { ok: boolean; analysis?: ShownAnalysis }) => r.ok && shown.push(r.analysis!);
    const before = [finding('a'), finding('b'), finding('c')];
    client.analyse(park, catalogue, settings, keep);
    runners[0]!.done({ ok: true, analysis: analysisWith(before) });
    expect(carried(replies[0])).toEqual(['a', 'b', 'c']);

    // An answer the page no longer delivers (a newer edit came after it was sent) still counts for the next.
    client.analyse(withQuantity(park, 1, 7), catalogue, settings, keep);
    runners[1]!.done({ ok: true, analysis: analysisWith([finding('a'), { ...finding('b'), severity: 'high' }]) });
    client.analyse(withQuantity(park, 1, 8), catalogue, settings, keep);
    runners[2]!.done({ ok: true, analysis: analysisWith([finding('a'), { ...finding('b'), severity: 'high' }]) });
    expect(carried(replies[2])).toEqual([]);
    expect(shown).toHaveLength(3);
    expect(shown[2]!.findings.map((f) => [f.id, f.severity])).toEqual([
      ['a', 'medium'],
      ['b', 'high'],
    ]);
    expect(shown[2]!.findings[0]).toBe(shown[0]!.findings[0]);

    // After a failure the model travels whole (a new start), and the findings too.
    client.analyse(withQuantity(park, 1, 9), catalogue, settings, keep);
    runners[3]!.done({ ok: false, message: 'out of memory' });
    client.analyse(withQuantity(park, 1, 10), catalogue, settings, keep);
    runners[4]!.done({ ok: true, analysis: analysisWith([finding('a')]) });
    expect(carried(replies[4])).toEqual(['a']);
  });
});
