/**
 * The park's evolution in words, for the CLI, the reports and the app alike:
 * the year table (one row per change year), the exchanges that began and
 * ended named by enterprise and material, and a few plain sentences ("from
 * 1972 … exchanges; by 1995 …"). Metric names are the glossary's
 * (连接密度, 连接度, 循环度(λmax)); values arrive formatted, nothing is escaped.
 */
import type { Language } from '../model/types.ts';
import { interpolate } from '../model/interpolate.ts';
import { FLOW_STATUS_LABELS } from '../model/labels.ts';
import { term } from '../text/glossary.ts';
import type { EvolutionFlow, EvolutionYear, ParkEvolution } from './evolution.ts';
import { networkNumberFormat, type NetworkNames } from './network/explain.ts';

type Words = Readonly<Record<Language, string>>;

const WORDS = {
  title: { zh: '产业共生网络演化', en: 'Evolution of the network' },
  year: { zh: '年份', en: 'Year' },
  began: { zh: '新增交换', en: 'Began' },
  ended: { zh: '终止交换', en: 'Ended' },
  actors: { zh: '企业', en: 'Enterprises' },
  links: { zh: '链接', en: 'Links' },
  weakComponents: { zh: '弱连通分量', en: 'Weak components' },
  change: { zh: '变化', en: 'Change' },
  exchange: { zh: '交换', en: 'Exchange' },
  beganOne: { zh: '新增', en: 'began' },
  endedOne: { zh: '终止', en: 'ended' },
  yearValue: { zh: '{year} 年', en: '{year}' },
  none: {
    zh: '模型中的物质流都未注明年份,没有可显示的演化。',
    en: 'No flow in the model has a year: there is no evolution to show.',
  },
  undated: {
    zh: '{n} 条物质流未注明任何年份,视为各年份都存在。',
    en: '{n} flow(s) give no year and are counted in every year.',
  },
  endOnly: {
    zh: '{n} 条物质流只注明终止年份,视为自始存在至终止。',
    en: '{n} flow(s) give only an end year and are counted from the start until they end.',
  },
  notEveryFlow: {
    zh: '指标按网络分析的口径计算:只计运营企业之间的现有物质流,不计园区边界流{selfLoops}。',
    en: 'Metrics follow the network analysis: existing flows between operating enterprises only, boundary flows left out{selfLoops}.',
  },
  selfLoopsOff: { zh: ',不计企业流向自身的物质流', en: ', and flows from an enterprise to itself left out' },
  selfLoopsOn: { zh: ',计入企业流向自身的物质流', en: ', flows from an enterprise to itself counted' },
  since: { zh: '{first} 年起,园区有 {counts}', en: 'From {first} the park had {counts}' },
  untilUp: { zh: ';至 {last} 年增至 {counts}。', en: '; by {last} this had grown to {counts}.' },
  untilDown: { zh: ';至 {last} 年减至 {counts}。', en: '; by {last} this had fallen to {counts}.' },
  untilSame: { zh: ';至 {last} 年为 {counts}。', en: '; in {last} it had {counts}.' },
  onlyYear: { zh: '。', en: '.' },
  changed: { zh: '{metric}由 {from} 变为 {to}', en: '{metric} went from {from} to {to}' },
  kept: { zh: '{metric}保持 {to}', en: '{metric} stayed at {to}' },
  peak: { zh: '交换最多的是 {year} 年({exchanges} 条)。', en: 'The most exchanges were in {year} ({exchanges}).' },
  noCycle: { zh: '各年份都没有循环,{cyclicity}为 0。', en: 'No year had a cycle: {cyclicity} 0 throughout.' },
  firstCycle: {
    zh: '{year} 年首次出现循环,{cyclicity}为 {value}',
    en: 'A cycle first appeared in {year}, with {cyclicity} {value}',
  },
  cycleGone: { zh: ',至 {last} 年已无循环。', en: '; by {last} no cycle was left.' },
  cycleNow: { zh: ';{last} 年为 {value}。', en: '; in {last} it was {value}.' },
  nested: { zh: '最高为 {year} 年的 {value}(嵌套循环)。', en: ' It peaked at {value} in {year} (nested cycles).' },
} as const satisfies Record<string, Words>;

export type EvolutionWord = keyof typeof WORDS;

export function evolutionWord(
  key: EvolutionWord,
  language: Language,
  values: Record<string, string | number> = {},
): string {
  return interpolate(WORDS[key][language], values);
}

/** The year table's headers, as the issue lists them; the metric names are the glossary's. */
export function evolutionHeaders(language: Language): string[] {
  const w = (key: EvolutionWord) => WORDS[key][language];
  return [
    w('year'),
    w('began'),
    w('ended'),
    w('actors'),
    w('links'),
    capitalised(term('linkageDensity', language), language),
    capitalised(term('connectance', language), language),
    capitalised(term('cyclicity', language), language),
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
  const status = flow.status === 'existing' ? '' : ` (${FLOW_STATUS_LABELS[flow.status][language]})`;
  const separator = language === 'zh' ? ':' : ': ';
  return `${names.enterprise(flow.from)} → ${names.enterprise(flow.to)}${separator}${names.material(flow.material)}${status}`;
}

/** Every change as [year, began/ended, exchange], year by year, began before ended. */
export function evolutionChangeRows(evolution: ParkEvolution, language: Language, names: NetworkNames): string[][] {
  const rows: string[][] = [];
  for (const y of evolution.years) {
    for (const f of y.began)
      rows.push([String(y.year), WORDS.beganOne[language], describeEvolutionFlow(f, language, names)]);
    for (const f of y.ended)
      rows.push([String(y.year), WORDS.endedOne[language], describeEvolutionFlow(f, language, names)]);
  }
  return rows;
}

/** The notes a reader needs beside the table: what the metrics count, and the flows without a year. */
export function evolutionNotes(evolution: ParkEvolution, language: Language): string[] {
  const notes = [
    evolutionWord('notEveryFlow', language, {
      selfLoops: WORDS[evolution.options.includeSelfLoops ? 'selfLoopsOn' : 'selfLoopsOff'][language],
    }),
  ];
  if (evolution.undatedFlows > 0) notes.push(flowCount('undated', evolution.undatedFlows, language));
  if (evolution.flowsWithoutStart > 0) notes.push(flowCount('endOnly', evolution.flowsWithoutStart, language));
  return notes;
}

/** A few sentences a park manager can read: where the park started, where it ended, how its cycling went. */
export function evolutionSentences(evolution: ParkEvolution, language: Language): string[] {
  const years = evolution.years;
  if (years.length === 0) return [WORDS.none[language]];
  const { integer, decimal } = networkNumberFormat(language);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  // English nouns agree with their counts; Chinese counts take their measure words.
  const counts = (y: EvolutionYear) => ({
    counts:
      language === 'zh'
        ? `${integer(y.exchanges)} 条交换、${integer(y.metrics.actors)} 家企业、${integer(y.metrics.links)} 条链接`
        : `${count(y.exchanges, 'exchange', integer)}, ${count(y.metrics.actors, 'enterprise', integer)} and ${count(y.metrics.links, 'link', integer)}`,
  });
  const sentences: string[] = [];
  let opening = evolutionWord('since', language, { first: first.year, ...counts(first) });
  if (years.length === 1) opening += WORDS.onlyYear[language];
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
    const joined = `${change('linkageDensity')}${language === 'zh' ? ',' : ', '}${change('connectance')}`;
    sentences.push(`${capitalised(joined, language)}${language === 'zh' ? '。' : '.'}`);
    const peak = years.reduce((best, y) => (y.exchanges > best.exchanges ? y : best), first);
    if (peak !== last && peak.exchanges > last.exchanges)
      sentences.push(evolutionWord('peak', language, { year: peak.year, exchanges: integer(peak.exchanges) }));
  }
  sentences.push(cyclingSentence(years, language));
  return sentences;
}

/** English sentences and headers start with a capital; glossary terms are lower case so they fit mid-sentence. */
function capitalised(text: string, language: Language): string {
  return language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A note about `n` flows, its English verb agreeing with the count. */
function flowCount(key: 'undated' | 'endOnly', n: number, language: Language): string {
  const text = evolutionWord(key, language, { n });
  if (language === 'zh') return text;
  return n === 1
    ? text.replace('flow(s) give', 'flow gives').replace('and are', 'and is')
    : text.replace('flow(s)', 'flows');
}

function count(n: number, noun: string, integer: (x: number) => string): string {
  return `${integer(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function cyclingSentence(years: readonly EvolutionYear[], language: Language): string {
  const { decimal } = networkNumberFormat(language);
  const cyclicity = term('cyclicity', language);
  const firstCycle = years.find((y) => y.metrics.cyclicity > 0);
  if (!firstCycle) return evolutionWord('noCycle', language, { cyclicity });
  const last = years[years.length - 1]!;
  let sentence = evolutionWord('firstCycle', language, {
    year: firstCycle.year,
    cyclicity,
    value: decimal(firstCycle.metrics.cyclicity, 2),
  });
  sentence +=
    firstCycle === last
      ? WORDS.onlyYear[language]
      : last.metrics.cyclicity > 0
        ? evolutionWord('cycleNow', language, { last: last.year, value: decimal(last.metrics.cyclicity, 2) })
        : evolutionWord('cycleGone', language, { last: last.year });
  // Above 1 means cycles share actors (nested cycling): worth its own sentence when it happened.
  const top = years.reduce((best, y) => (y.metrics.cyclicity > best.metrics.cyclicity ? y : best), firstCycle);
  if (top.metrics.cyclicity > 1 + 1e-9)
    sentence += evolutionWord('nested', language, { year: top.year, value: decimal(top.metrics.cyclicity, 2) });
  return sentence;
}
