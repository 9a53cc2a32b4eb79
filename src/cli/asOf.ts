/**
 * `--as-of YEAR` for the commands that take it (analyze, summary, projects,
 * report, diagram): the year is checked before any file is read (a bad one
 * is wrong usage, exit 2), then the loaded park is replaced by the park as
 * it stood that year (core's `modelAsOf`), and the output says so.
 */
import { t } from './i18n.ts';
import { modelAsOf } from '../core/model/asOf.ts';
import { asOfLabel, asOfNotes, parseAsOfYear } from '../core/model/asOfYear.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import type { Output } from './output.ts';

/** The commands `--as-of` applies to; the others refuse it rather than ignore it. */
export const AS_OF_COMMANDS = ['analyze', 'summary', 'projects', 'report', 'diagram'] as const;

/**
 * The year given, undefined without the option, or null after the refusal
 * has been printed (the command then exits 2).
 */
export function readAsOf(raw: string | undefined, language: Language, out: Output): number | undefined | null {
  if (raw === undefined) return undefined;
  const parsed = parseAsOfYear(raw);
  if (parsed.ok) return parsed.year;
  out.stderr(parsed.message[language]);
  return null;
}

export interface ParkAsOf {
  readonly model: ParkModel;
  readonly year: number;
  /** The line that heads text output: whose park, as of when, how much of it. */
  readonly heading: string;
  /** What a reader should know about that year (no dated flows, before the first change …). */
  readonly notes: readonly string[];
}

export function parkAsOf(model: ParkModel, year: number, language: Language): ParkAsOf {
  const park = modelAsOf(model, year);
  const heading = t(language, 'asOfHeading', {
    asOf: asOfLabel(year, language),
    enterprises: park.enterprises.length,
    flows: park.flows.length,
    allEnterprises: model.enterprises.length,
    allFlows: model.flows.length,
  });
  return { model: park, year, heading, notes: asOfNotes(model, year).map((n) => n[language]) };
}

/** The heading and notes before a text output. */
export function printAsOfHeading(asOf: ParkAsOf, language: Language, out: Output): void {
  out.stdout(asOf.heading);
  for (const note of asOf.notes) out.stdout(t(language, 'notePrefix', { note }));
  out.stdout('');
}

/** What a JSON output carries about the year: the year and the notes, in the output's language. */
export function asOfJson(asOf: ParkAsOf): { year: number; notes: readonly string[] } {
  return { year: asOf.year, notes: asOf.notes };
}
