/**
 * The import report as the dialog shows it (counts and first names per kind,
 * the problems) and what confirming asks for: replace the open model as one
 * undoable step, or open the imported model as a new library entry (the
 * store does it: library/applyImport.ts). Light on purpose (no readers), so
 * the dialog can use it from the main bundle.
 */
import type { DuplicateNameGroup } from '../../core/io/flowsCsvNames.ts';
import type { ModelFormat } from '../../core/io/formats.ts';
import { PLAN_KINDS, type ImportPlan, type PlanKind } from '../../core/io/importPlan.ts';
import { localize } from '../../core/model/labels.ts';
import { errorsOf, warningsOf, type Problem } from '../../core/model/problems.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { StepLabel } from '../model/history.ts';

/** What the file picker accepts (several .csv files: one per table). */
export const IMPORT_ACCEPT = '.json,.xlsx,.gexf,.graphml,.csv';

/** Names listed per kind and change; the rest are counted. */
const NAMES_SHOWN = 5;

export interface ImportReport {
  /** The file name, or the CSV files' names joined. */
  readonly source: string;
  readonly format: ModelFormat | undefined;
  readonly plan: ImportPlan;
  /** The model open when the import was read (its names are shown for removals). */
  readonly current: ParkModel | undefined;
  /** Names of an exchange list that probably mean one thing (each also a warning), still apart: the merge step. */
  readonly duplicates?: readonly DuplicateNameGroup[];
}

export function reportErrors(report: ImportReport): Problem[] {
  return errorsOf(report.plan.problems);
}

export function reportWarnings(report: ImportReport): Problem[] {
  return warningsOf(report.plan.problems);
}

/** Confirm is offered only for a model with no errors. */
export function canConfirm(report: ImportReport): boolean {
  return report.plan.ok && reportErrors(report).length === 0;
}

export interface NameList {
  readonly count: number;
  /** The first `NAMES_SHOWN`, as text. */
  readonly names: readonly string[];
}

export interface KindRow {
  readonly kind: PlanKind;
  readonly created: NameList;
  readonly updated: NameList;
  readonly removed: NameList;
  readonly unchanged: number;
}

export interface ReportSummary {
  /** True when confirming would change nothing. */
  readonly unchanged: boolean;
  /** Fields of the park record that would change. */
  readonly parkFields: readonly string[];
  readonly kinds: readonly KindRow[];
}

/** Counts and the first names per kind, in the UI language; null for a failed import. */
export function summariseReport(report: ImportReport, language: Language): ReportSummary | null {
  const { plan, current } = report;
  if (!plan.ok) return null;
  const names = (model: ParkModel | undefined, kind: PlanKind, ids: readonly string[]): NameList => ({
    count: ids.length,
    names: ids.slice(0, NAMES_SHOWN).map((id) => nameOf(model, kind, id, language)),
  });
  return {
    unchanged: plan.unchanged,
    parkFields: plan.park.map((change) => change.field),
    kinds: PLAN_KINDS.map((kind) => {
      const change = plan.changes[kind];
      return {
        kind,
        created: names(plan.model, kind, change.created),
        updated: names(
          plan.model,
          kind,
          change.updated.map((u) => u.id),
        ),
        removed: names(current, kind, change.removed),
        unchanged: change.unchanged,
      };
    }),
  };
}

/** The record's name in the language (flows have none: their id), else its id. */
function nameOf(model: ParkModel | undefined, kind: PlanKind, id: string, language: Language): string {
  if (!model || kind === 'flows') return id;
  const records: readonly { readonly id: string; readonly name?: Parameters<typeof localize>[0] }[] = model[kind];
  const name = localize(records.find((r) => r.id === id)?.name, language);
  return name === '' ? id : name;
}

export type ApplyChoice = 'replace' | 'new';

export type ImportAction =
  /** One undoable step of the open model. */
  | { readonly kind: 'replace'; readonly model: ParkModel; readonly label: StepLabel }
  /** A new entry of the library, opened at once. */
  | { readonly kind: 'new'; readonly model: ParkModel; readonly name: string };

/** What confirming does; null when the report cannot be confirmed. */
export function importAction(report: ImportReport, choice: ApplyChoice, language: Language): ImportAction | null {
  if (!report.plan.ok || !canConfirm(report)) return null;
  const { model } = report.plan;
  if (choice === 'replace') {
    return { kind: 'replace', model, label: appBilingual('step.import', { file: report.source }) };
  }
  const name = localize(model.park.name, language).trim();
  return { kind: 'new', model, name: name === '' ? stem(report.source) : name };
}

function stem(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}
