/**
 * A ranked gap-filling project in words (projects.ts ranks them): what it
 * builds and on what feedstock, what it changes in the park, what it costs
 * and earns, and the notes that qualify the figures — one paragraph in each
 * language, from the catalogue's `project:explain…` sentences.
 */
import { localize } from '../model/labels.ts';
import type { BilingualMessage } from '../model/problems.ts';
import type { Language } from '../model/types.ts';
import { inBothLanguages, message, type MessageKey } from '../text/message.ts';
import type { ProjectCandidate, ProjectScore } from './projects.ts';
import type { ProjectEconomics } from './projectEconomics.ts';
import type { ProjectBasis } from './projectSizing.ts';
import { formatQuantity } from './text.ts';
import { listNames } from '../text/lists.ts';

/** Where the plant's feedstock comes from, in words. */
const BASIS_WORDS: Readonly<Record<ProjectBasis, MessageKey>> = {
  'park-waste': 'project:basisParkWaste',
  'park-demand': 'project:basisParkDemand',
  'park-sold': 'project:basisParkSold',
};

type Unexplained = Omit<ProjectCandidate, 'rank' | 'score' | 'explanation'>;

export function explainProject(
  candidate: Unexplained,
  score: ProjectScore,
  materialName: (id: string, l: Language) => string,
): BilingualMessage {
  return inBothLanguages((l) => {
    const notes = [
      ...(candidate.subScale ? [message(l, 'project:explainSubScale')] : []),
      ...candidate.effects.notes.map((n) => n[l]),
      ...(candidate.economics && candidate.economics.unpriced.length > 0
        ? [
            message(l, 'project:explainUnpriced', {
              materials: listNames(
                candidate.economics.unpriced.map((id) => materialName(id, l)),
                l,
              ),
            }),
          ]
        : []),
    ].filter((n) => n !== '');
    return message(l, 'project:explanation', {
      main: effectsClause(candidate, score, l),
      money: economicsSentence(candidate.economics, l),
      notes:
        notes.length === 0
          ? ''
          : message(l, 'project:explainNotes', { notes: notes.join(message(l, 'common:groupSeparator')) }),
    });
  });
}

/** "Building X (scale …; fed by …), takes … net off disposal, …": the project and what it changes. */
function effectsClause(candidate: Unexplained, score: ProjectScore, l: Language): string {
  const { raw } = score;
  const { effects } = candidate;
  const t = (x: number) => formatQuantity(x, 't/a', l);
  const reference = candidate.requirements.find((r) => r.material === candidate.reference);
  const imported = reference?.sources.filter((s) => s.kind === 'import').reduce((sum, s) => sum + s.quantity, 0) ?? 0;
  const imports =
    reference && imported > 0
      ? message(l, 'project:importClause', { quantity: formatQuantity(imported, reference.unit, l) })
      : '';
  const parts = [
    message(l, 'project:explainBuild', {
      name: localize(candidate.name, l),
      scale: formatQuantity(candidate.scale, candidate.unit, l),
      feedstock: message(l, BASIS_WORDS[candidate.basis], { imports }),
    }),
    ...(raw.wasteDiverted === 0
      ? []
      : [
          message(l, raw.wasteDiverted > 0 ? 'project:explainDisposalDown' : 'project:explainDisposalUp', {
            quantity: t(Math.abs(raw.wasteDiverted)),
          }),
        ]),
    ...(raw.importsReplaced === 0
      ? []
      : [
          message(l, raw.importsReplaced > 0 ? 'project:explainPurchasesDown' : 'project:explainPurchasesUp', {
            quantity: t(Math.abs(raw.importsReplaced)),
          }),
        ]),
    ...(raw.chainsRepaired > 0
      ? [
          message(l, raw.chainsRepaired === 1 ? 'project:explainRepairOne' : 'project:explainRepairs', {
            n: raw.chainsRepaired,
          }),
        ]
      : []),
    message(l, raw.linksCreated === 1 ? 'project:explainLinkOne' : 'project:explainLinks', { n: raw.linksCreated }),
    message(l, 'project:explainEnergy', { quantity: formatQuantity(effects.energyUse, 'tce/a', l) }),
    message(l, effects.co2eNet >= 0 ? 'project:explainEmissionsAvoided' : 'project:explainEmissionsAdded', {
      quantity: formatQuantity(effects.co2eNet >= 0 ? effects.co2eNet : -effects.co2eNet, 't CO2e/a', l),
    }),
    message(l, 'project:explainReuseRate', { points: (raw.reuseRateChange * 100).toFixed(1) }),
  ];
  return parts.join(message(l, 'common:clauseSeparator'));
}

/**
 * What the project costs and earns. Chinese readers count money in 万元,
 * English ones in the catalogue's currency: the sentence is given both.
 * The app's project inspector says it in the same words.
 */
export function economicsSentence(economics: ProjectEconomics | undefined, l: Language): string {
  if (!economics) return message(l, 'project:explainNoEconomics');
  return message(l, 'project:explainMoney', {
    investmentWan: formatQuantity(economics.investment, '万元', l),
    netCashWan: formatQuantity(economics.netCash / 10_000, '万元', l),
    investment: formatQuantity(economics.investment * 10_000, economics.currency, l),
    netCash: formatQuantity(economics.netCash, `${economics.currency}/a`, l),
    payback:
      economics.payback === null
        ? message(l, 'project:explainNoPayback')
        : message(l, 'project:explainPayback', { years: economics.payback.toFixed(1) }),
    prices: message(l, economics.estimated ? 'project:explainPricesEstimated' : 'project:explainPrices', {
      year: economics.year,
    }),
  });
}
