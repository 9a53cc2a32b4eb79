/**
 * Problems are values, not exceptions: validation, imports and the CLI all
 * report a list of them, each tied to a place in the user's file.
 */
import type { BilingualMessage } from '../text/language.ts';
import { message } from '../text/message.ts';
import type { Language } from './types.ts';

export type Severity = 'error' | 'warning';
export type PathSegment = string | number;

export type { BilingualMessage };

export interface Problem {
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-reference`. */
  readonly code: string;
  /** JSON path into the document, e.g. ['flows', 12, 'material']. */
  readonly path: readonly PathSegment[];
  readonly message: BilingualMessage;
  /** Where the document came from, when known: a file name, a CSV row and column. */
  readonly location?: ProblemLocation;
}

export interface ProblemLocation {
  readonly file?: string;
  /** The worksheet, for spreadsheet files with several sheets. */
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly line?: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders a path the way a developer reads it: `flows[12].material`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(document)' : out;
}

function formatLocation(location: ProblemLocation | undefined, language: Language): string {
  if (!location) return '';
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  for (const place of ['sheet', 'line', 'row', 'column'] as const) {
    const value = location[place];
    if (value !== undefined) parts.push(message(language, `model:where_${place}`, { value }));
  }
  return parts.join(', ');
}

/** One line per problem: `flows[12].material: unknown material "scrap-cu"`. */
export function formatProblem(problem: Problem, language: Language): string {
  const where = formatLocation(problem.location, language);
  const path = problem.path.length > 0 ? formatPath(problem.path) : '';
  const place = [where, path].filter((p) => p !== '').join(': ');
  return place === '' ? problem.message[language] : `${place}: ${problem.message[language]}`;
}

export function problem(
  severity: Severity,
  code: string,
  path: readonly PathSegment[],
  message: BilingualMessage,
  location?: ProblemLocation,
): Problem {
  return location ? { severity, code, path, message, location } : { severity, code, path, message };
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

export function warningsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'warning');
}

/** Quotes untrusted text for a message, bounded so a hostile 1 MB name cannot flood a report. */
export function quote(value: unknown): string {
  const bound = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
  // Strings are quoted; numbers, booleans, objects are shown as JSON (so 0 reads 0, not "0").
  return typeof value === 'string' ? JSON.stringify(bound(value)) : bound(JSON.stringify(value) ?? String(value));
}
