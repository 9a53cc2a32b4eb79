/** Chain integrity: every stage transition of every chain template, its state and who performs it. */
import { stageMaterials } from '../../model/labels.ts';
import { hasChainTemplates, type ReportData } from '../reportData.ts';
import type { ReportSection } from '../reportDocument.ts';
import { MISSING, type ReportFormat } from '../reportFormat.ts';
import { TRANSITION_STATE_KEYS } from '../reportLabels.ts';

export function chainsSection(data: ReportData, f: ReportFormat, title: string): ReportSection {
  const language = f.language;
  const { names } = data;
  if (!data.chains) return { id: 'chains', title, blocks: [{ type: 'note', text: f.text('notComputed') }] };
  if (!hasChainTemplates(data)) return { id: 'chains', title, blocks: [{ type: 'note', text: f.text('noChains') }] };
  const transitions = data.chains.flatMap((c) => c.transitions);
  const stage = (materials: readonly string[]) => stageMaterials(materials, (m) => names.material(m, language));
  const listOr = (items: readonly string[]) => (items.length === 0 ? MISSING : f.list(items));
  return {
    id: 'chains',
    title,
    blocks: [
      {
        type: 'paragraph',
        text: f.text('chainsIntro', {
          complete: data.chains.filter((c) => c.complete).length,
          total: data.chains.length,
          broken: transitions.filter((t) => t.state === 'broken').length,
          single: transitions.filter((t) => t.state === 'single').length,
        }),
      },
      {
        type: 'table',
        table: {
          headers: [
            f.text('chain'),
            f.text('stage'),
            f.text('state'),
            f.text('performers'),
            f.text('planned'),
            f.text('technologies'),
          ],
          rows: data.chains.flatMap((c) =>
            c.transitions.map((t, i) => [
              i === 0 ? names.chain(c.chain, language) : '',
              `${stage(t.from)} → ${stage(t.to)}`,
              {
                text: f.text(TRANSITION_STATE_KEYS[t.state]),
                tone: t.state === 'in-house' ? ('info' as const) : t.state,
              },
              listOr(t.performers.map((e) => names.enterprise(e, language))),
              listOr(t.plannedPerformers.map((e) => names.enterprise(e, language))),
              listOr(t.technologies.map((id) => names.technology(id, language))),
            ]),
          ),
          align: ['left', 'left', 'left', 'left', 'left', 'left'],
        },
      },
    ],
  };
}
