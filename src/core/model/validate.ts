/**
 * The one entry point from untrusted JSON to a park model: either a valid
 * model (with warnings) or every problem found, each with its JSON path and
 * a message in Chinese and English.
 */
import { bilingual } from '../text/message.ts';
import { parkModelSchema } from './schema.ts';
import type { ParkModel } from './types.ts';
import { isLooseObject, sharingItems } from './loose.ts';
import { migrateToCurrent } from './migrations.ts';
import { errorsOf, problem, warningsOf, type Problem, type ProblemLocation } from './problems.ts';
import { checkReferences, indexIds } from './references.ts';
import { checkUnits } from './quantities.ts';
import { checkFlowYears } from './flowYears.ts';
import { checkSuspicious } from './suspicious.ts';
import { issuesToProblems } from './schemaIssues.ts';

export interface ValidModel {
  readonly ok: true;
  readonly model: ParkModel;
  readonly warnings: readonly Problem[];
  /** Set when the file was written in an older schema version and migrated on load. */
  readonly migratedFrom?: number;
}

export interface InvalidModel {
  readonly ok: false;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}

export type ValidationResult = ValidModel | InvalidModel;

export function validateModel(input: unknown): ValidationResult {
  if (!isLooseObject(input)) {
    return invalid([problem('error', 'not-an-object', [], bilingual('model:notAnObject'))]);
  }
  const migration = migrateToCurrent(input);
  if (!migration.document) return invalid(migration.problems);
  const doc = migration.document;

  const problems: Problem[] = [];
  const parsed = parkModelSchema.safeParse(doc);
  // A loop, not push(...): a huge broken file can have more problems than the call stack has room for arguments.
  if (!parsed.success) for (const p of issuesToProblems(parsed.error.issues, doc)) problems.push(p);
  sharingItems(doc, () => {
    const ids = indexIds(doc, problems);
    checkReferences(doc, ids, problems);
    checkUnits(doc, ids, problems);
    checkFlowYears(doc, problems);
    checkSuspicious(doc, ids, problems);
  });

  const errors = errorsOf(problems);
  const warnings = warningsOf(problems);
  if (errors.length > 0 || !parsed.success) return invalid(errors, warnings);
  const fromVersion = migration.fromVersion ?? 0;
  return fromVersion < parsed.data.schemaVersion
    ? { ok: true, model: parsed.data, warnings, migratedFrom: fromVersion }
    : { ok: true, model: parsed.data, warnings };
}

function invalid(errors: readonly Problem[], warnings: readonly Problem[] = []): InvalidModel {
  return { ok: false, errors, warnings };
}

/**
 * Parses JSON text and validates it. Syntax errors are reported with line
 * and column, so a user can find a missing comma in a 5 MB file.
 */
export function validateModelText(text: string, file?: string): ValidationResult {
  const location: ProblemLocation | undefined = file === undefined ? undefined : { file };
  let json: unknown;
  try {
    json = JSON.parse(stripByteOrderMark(text));
  } catch (error) {
    return invalid([jsonSyntaxProblem(text, error, location)]);
  }
  const result = validateModel(json);
  if (!location) return result;
  const locate = (p: Problem): Problem => ({ ...p, location: { ...location, ...p.location } });
  return result.ok
    ? { ...result, warnings: result.warnings.map(locate) }
    : { ok: false, errors: result.errors.map(locate), warnings: result.warnings.map(locate) };
}

export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function jsonSyntaxProblem(text: string, error: unknown, location: ProblemLocation | undefined): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  let line: number | undefined;
  let column: number | undefined;
  if (position?.[1] !== undefined) {
    const before = stripByteOrderMark(text).slice(0, Number(position[1]));
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  }
  return line === undefined
    ? problem('error', 'json-syntax', [], bilingual('model:jsonSyntax', { detail }), location)
    : problem('error', 'json-syntax', [], bilingual('model:jsonSyntaxAt', { line, column: String(column), detail }), {
        ...location,
        line,
      });
}
