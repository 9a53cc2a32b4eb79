/** Network structure and the ecological metrics (definitions in the README and `analysis/network`). */
import type { ReportData } from '../reportData.ts';
import type { ReportBlock, ReportSection } from '../reportDocument.ts';
import { MISSING, type ReportFormat } from '../reportFormat.ts';

export function networkSection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const n = data.network;
  const language = f.language;
  if (!n) return { id: 'network', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  const s = n.structure;
  const pair = (a: string, b: string) => `${a} / ${b}`;
  const rows: [string, string][] = [
    [f.text('actorsLinks'), pair(f.integer(s.actors), f.integer(s.links))],
    [f.text('linkageDensity'), f.decimal(s.linkageDensity)],
    [f.text('connectance'), f.decimal(s.connectance)],
    [f.text('preyPredators'), pair(f.integer(s.prey), f.integer(s.predators))],
    [f.text('generalisationVulnerability'), pair(f.decimal(s.generalisation), f.decimal(s.vulnerability))],
    [f.text('cyclicity'), f.decimal(s.cyclicity.value)],
    [f.text('finn'), f.decimal(n.flows.finnCyclingIndex, 4)],
    [f.text('tst'), `${f.integer(n.flows.totalSystemThroughflow)} ${n.unit}`],
    [f.text('averagePathLength'), f.decimal(n.flows.averagePathLength)],
    [f.text('components'), pair(f.integer(n.strongComponents.count), f.integer(n.weakComponents.count))],
    [f.text('loops'), `${f.integer(n.cycles.cycles.length)}${n.cycles.truncated ? '+' : ''}`],
    [f.text('communities'), pair(f.integer(n.communities.communities.length), f.decimal(n.communities.nmi))],
    [f.text('reuseRate'), f.percent(n.reuse.rate)],
  ];
  const enterprises = (ids: readonly string[]) =>
    ids.length === 0 ? MISSING : f.list(ids.map((id) => data.names.enterprise(id, language)));
  const blocks: ReportBlock[] = [
    { type: 'table', table: { headers: [f.text('indicator'), f.text('value')], rows, align: ['left', 'right'] } },
    {
      type: 'table',
      table: {
        headers: [f.text('indicator'), f.text('enterprises')],
        rows: [
          [f.text('keystones'), enterprises(n.centrality.keystones)],
          [f.text('articulation'), enterprises(n.articulation.articulationPoints.map((p) => p.id))],
          [
            f.text('bridges'),
            n.articulation.bridges.length === 0
              ? MISSING
              : f.list(
                  n.articulation.bridges.map(
                    ([a, b]) => `${data.names.enterprise(a, language)} – ${data.names.enterprise(b, language)}`,
                  ),
                ),
          ],
        ],
        align: ['left', 'left'],
      },
    },
  ];
  return { id: 'network', title, blocks };
}
