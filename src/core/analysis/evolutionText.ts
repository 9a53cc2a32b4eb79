/**
 * The park's evolution in words, for the CLI, the reports and the app alike:
 * the year table (one row per change year), the exchanges that began and
 * ended named by enterprise and material, and a few plain sentences ("from
 * 1972 … exchanges; by 1995 …"). Metric names are the glossary's
 * (连接密度, 连接度, 循环度(λmax)); values arrive formatted, nothing is escaped.
 * The words are the message catalogue's `network:evolution_…` entries.
 */
import type { Language } from '../model/types.ts';
import { FLOW_STATUS_LABELS } from '../model/labels.ts';
import { term } from '../text/glossary.ts';
import { message, type KeyOf, type MessageParams } from '../text/message.ts';
import type { EvolutionFlow, EvolutionYear, ParkEvolution } from './evolution.ts';
import { capitalised, networkNumberFormat, type NetworkNames } from './network/explain.ts';

/** A word or sentence of the evolution: the catalogue's `network:evolution_…`. */
export type EvolutionWord = KeyOf<'network'> extends infer K ? (K extends `evolution_${infer W}` ? W : never) : never;

export function evolutionWord(key: EvolutionWord, language: Language, values: MessageParams = {}): string {
  return message(language, `network:evolution_${key}`, values);
}

/** The year table's headers, as the issue lists them; the metric names are the glossary's. */
export function evolutionHeaders(language: Language): string[] {
  const w = (key: EvolutionWord) => evolutionWord(key, language);
  return [
    w('year'),
    w('began'),
    w('ended'),
    w('actors'),
    w('links'),
    capitalised(term('linkageDensity', language)),
    capitalised(term('connectance', language)),
    capitalised(term('cyclicity', language)),
    w('weakComponents'),
  ];
}

/** The year on the left, its eight figures on the right. */
export const EVOLUTION_ALIGN: readonly ('left' | 'right')[] = ['left', ...Array<'right'>(8).fill('right')];

/** One formatted row per change year. */
export function evolutionRows(evolution: ParkEvolution, language: Language): string[][] {
  const { integer, decimal } = networkNumberFormat(language);
  return evolution.years.map((y) => [
    String(y.year),
    integer(y.began.length),
    integer(y.ended.length),
    integer(y.metrics.actors),
    integer(y.metrics.links),
    decimal(y.metrics.linkageDensity),
    decimal(y.metrics.connectance),
    decimal(y.metrics.cyclicity),
    integer(y.metrics.weakComponents),
  ]);
}

/** "热电厂 → 石膏板厂:石膏" / "Power station → Plasterboard: gypsum", with the status when it is not existing. */
export function describeEvolutionFlow(flow: EvolutionFlow, language: Language, names: NetworkNames): string {
  return evolutionWord('flow', language, {
    from: names.enterprise(flow.from),
    to: names.enterprise(flow.to),
    material: names.material(flow.material),
    status: flow.status === 'existing' ? '' : ` (${FLOW_STATUS_LABELS[flow.status][language]})`,
  });
}

/** Every change as [year, began/ended, exchange], year by year, began before ended. */
export function evolutionChangeRows(evolution: ParkEvolution, language: Language, names: NetworkNames): string[][] {
  const rows: string[][] = [];
  for (const y of evolution.years) {
    for (const f of y.began)
      rows.push([String(y.year), evolutionWord('beganOne', language), describeEvolutionFlow(f, language, names)]);
    for (const f of y.ended)
      rows.push([String(y.year), evolutionWord('endedOne', language), describeEvolutionFlow(f, language, names)]);
  }
  return rows;
}

/** The notes a reader needs beside the table: what the metrics count, and the flows without a year. */
export function evolutionNotes(evolution: ParkEvolution, language: Language): string[] {
  const notes = [
    evolutionWord('notEveryFlow', language, {
      selfLoops: evolutionWord(evolution.options.includeSelfLoops ? 'selfLoopsOn' : 'selfLoopsOff', language),
    }),
  ];
  const flows = (n: number, one: EvolutionWord, many: EvolutionWord) =>
    evolutionWord(n === 1 ? one : many, language, { n });
  if (evolution.undatedFlows > 0) notes.push(flows(evolution.undatedFlows, 'undatedOne', 'undated'));
  if (evolution.flowsWithoutStart > 0) notes.push(flows(evolution.flowsWithoutStart, 'endOnlyOne', 'endOnly'));
  return notes;
}

/** A few sentences a park manager can read: where the park started, where it ended, how its cycling went. */
export function evolutionSentences(evolution: ParkEvolution, language: Language): string[] {
  const years = evolution.years;
  if (years.length === 0) return [evolutionWord('none', language)];
  const { integer, decimal } = networkNumberFormat(language);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  // English nouns agree with their counts; Chinese counts take their measure words.
  const count = (n: number, one: EvolutionWord, many: EvolutionWord) =>
    evolutionWord(n === 1 ? one : many, language, { n: integer(n) });
  const counts = (y: EvolutionYear) => ({
    counts: evolutionWord('counts', language, {
      exchanges: count(y.exchanges, 'countExchange', 'countExchanges'),
      actors: count(y.metrics.actors, 'countEnterprise', 'countEnterprises'),
      links: count(y.metrics.links, 'countLink', 'countLinks'),
    }),
  });
  const sentences: string[] = [];
  let opening = evolutionWord('since', language, { first: first.year, ...counts(first) });
  if (years.length === 1) opening += evolutionWord('onlyYear', language);
  else {
    const trend =
      last.exchanges > first.exchanges ? 'untilUp' : last.exchanges < first.exchanges ? 'untilDown' : 'untilSame';
    opening += evolutionWord(trend, language, { last: last.year, ...counts(last) });
  }
  sentences.push(opening);
  if (years.length > 1) {
    const change = (key: 'linkageDensity' | 'connectance') => {
      const from = decimal(first.metrics[key], 2);
      const to = decimal(last.metrics[key], 2);
      return evolutionWord(from === to ? 'kept' : 'changed', language, { metric: term(key, language), from, to });
    };
    sentences.push(
      capitalised(
        evolutionWord('metricChanges', language, {
          linkageDensity: change('linkageDensity'),
          connectance: change('connectance'),
        }),
      ),
    );
    const peak = years.reduce((best, y) => (y.exchanges > best.exchanges ? y : best), first);
    if (peak !== last && peak.exchanges > last.exchanges)
      sentences.push(evolutionWord('peak', language, { year: peak.year, exchanges: integer(peak.exchanges) }));
  }
  sentences.push(cyclingSentence(years, language));
  return sentences;
}

function cyclingSentence(years: readonly EvolutionYear[], language: Language): string {
  const { decimal } = networkNumberFormat(language);
  const firstCycle = years.find((y) => y.metrics.cyclicity > 0);
  if (!firstCycle) return evolutionWord('noCycle', language);
  const last = years[years.length - 1]!;
  let sentence = evolutionWord('firstCycle', language, {
    year: firstCycle.year,
    value: decimal(firstCycle.metrics.cyclicity, 2),
  });
  sentence +=
    firstCycle === last
      ? evolutionWord('onlyYear', language)
      : last.metrics.cyclicity > 0
        ? evolutionWord('cycleNow', language, { last: last.year, value: decimal(last.metrics.cyclicity, 2) })
        : evolutionWord('cycleGone', language, { last: last.year });
  // Above 1 means cycles share actors (nested cycling): worth its own sentence when it happened.
  const top = years.reduce((best, y) => (y.metrics.cyclicity > best.metrics.cyclicity ? y : best), firstCycle);
  if (top.metrics.cyclicity > 1 + 1e-9)
    sentence += evolutionWord('nested', language, { year: top.year, value: decimal(top.metrics.cyclicity, 2) });
  return sentence;
}
