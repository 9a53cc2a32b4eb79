/**
 * What a form's draft would do to the model, checked by core at every
 * keystroke: the form's change set is applied by core, as saving will apply
 * it, giving the step to commit (or none while an error stands) and the
 * problems keyed by the form field they belong to.
 *
 * The model the form opened on is valid, so errors come from core applying
 * the change set (the item a change adds is checked there, every rule at
 * once; the rest by derived validation, which checks only what changed and
 * falls back to the whole model when a change can reach other items) and
 * warnings from `warningsAround` (the item and the enterprises it touches):
 * both stay fast on a park of 100 000 flows, where the whole validation
 * takes seconds per keystroke.
 */
import { errorsOf, type PathSegment, type Problem } from '../../core/model/problems.ts';
import { localize } from '../../core/model/labels.ts';
import type { LocalizedText, ParkModel } from '../../core/model/types.ts';
import type { ReferenceKind } from '../../core/scenario/draft.ts';
import { message } from '../../core/text/message.ts';
import { warningsAround, type ItemPath } from '../../core/model/warningsAround.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { applyEdit, type ModelEdit } from '../model/modelEdit.ts';
import { typedNumberProblem } from '../model/typedNumber.ts';

/**
 * Problems keyed by the field they concern: the item's path below the
 * collection, joined with "." (`name`, `quantity`, `stages.1.materials.0`);
 * `''` holds those that concern other items (a flow whose unit no longer
 * fits an edited material, the sender's over-allocated output).
 */
export type FieldProblems = ReadonlyMap<string, readonly Problem[]>;

export interface FormCheck {
  /** The step to commit, or null while an error stands or nothing changed. */
  readonly edit: ModelEdit | null;
  /** The model core made of the step (what saving would give), or null while an error stands or nothing changed. */
  readonly preview: ParkModel | null;
  /** The draft says what the model already holds: saving just closes the form. */
  readonly unchanged: boolean;
  readonly errors: FieldProblems;
  readonly warnings: FieldProblems;
}

export const NOTHING_TO_CHECK: FormCheck = {
  edit: null,
  preview: null,
  unchanged: true,
  errors: new Map(),
  warnings: new Map(),
};

/** The problems for a field and everything below it (`stages` holds `stages.0.materials.1`). */
export function problemsAt(problems: FieldProblems, field: string): readonly Problem[] {
  const out: Problem[] = [];
  for (const [key, list] of problems) if (key === field || key.startsWith(`${field}.`)) out.push(...list);
  return out;
}

/** Where in the model a form's item is: a whole item, or a part of one (`['enterprises', 3, 'outputs', 1]`). */
export type FormItemPath = readonly [ItemPath[0], number, ...PathSegment[]];

/**
 * Checks `edit`, a change set about the item at `itemPath` (where it is, or
 * will be once added), by applying it to the valid `model` with core.
 */
export function checkEdit(model: ParkModel, edit: ModelEdit, itemPath: FormItemPath): FormCheck {
  const result = applyEdit(model, edit);
  if (!result.ok) {
    const errors = errorsOf(result.errors).map((p) => inItem(p, itemPath));
    return {
      edit: null,
      preview: null,
      unchanged: false,
      errors: byField(errors, itemPath, model),
      warnings: new Map(),
    };
  }
  return {
    edit,
    preview: result.model,
    unchanged: false,
    errors: new Map(),
    warnings: warningsAt(result.model, itemPath),
  };
}

/** The check of a draft that says what the model already holds: nothing to save, the item's warnings still shown. */
export function unchangedCheck(model: ParkModel, itemPath: FormItemPath): FormCheck {
  return { ...NOTHING_TO_CHECK, warnings: warningsAt(model, itemPath) };
}

function warningsAt(model: ParkModel, itemPath: FormItemPath): FieldProblems {
  const around = warningsAround(model, [itemPath[0], itemPath[1]]);
  return byField([...around.item, ...around.touched], itemPath, model);
}

/**
 * A problem of the form's one change (`['changes', 0, <the item or its
 * target>, …field]`) belongs to the item's field; one in the result
 * already has its path in the model.
 */
function inItem(p: Problem, itemPath: FormItemPath): Problem {
  return p.path[0] === 'changes' ? { ...p, path: [...itemPath, ...p.path.slice(3)] } : p;
}

/** The check with `field` refused: the typed text is not a number, so the model cannot even hold it. */
export function refuseNumber(check: FormCheck, field: string, typed: string): FormCheck {
  return refuseField(check, typedNumberProblem(field, typed));
}

/** The check with the field `problem` names (its path) refused for that reason, whatever core said of it. */
export function refuseField(check: FormCheck, problem: Problem): FormCheck {
  const field = problem.path.join('.');
  const errors = new Map(check.errors);
  errors.set(field, [problem]);
  // Refused is never "unchanged": saving must not just close the form over the typed text.
  return { ...check, edit: null, preview: null, unchanged: false, errors };
}

function below(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

function byField(problems: readonly Problem[], itemPath: readonly PathSegment[], model: ParkModel): FieldProblems {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const field = below(p.path, itemPath) ? p.path.slice(itemPath.length).join('.') : '';
    // A name's problems are the name's, whichever language the path names.
    const key = field.startsWith('name.') ? 'name' : field;
    out.set(key, [...(out.get(key) ?? []), key === '' ? withPlace(p, model) : p]);
  }
  return out;
}

/** A problem of another item, its message prefixed with which item (a form has no path to show). */
function withPlace(p: Problem, model: ParkModel): Problem {
  const [collection, index] = p.path;
  if (typeof index !== 'number') return p;
  const place = (kind: ReferenceKind, name: LocalizedText | undefined, id: string | undefined) => ({
    ...p,
    message: appBilingual('fieldProblem.inItem', (language) => ({
      kind: message(language, `label:kind_${kind}`),
      name: localize(name, language) || String(id),
      message: p.message[language],
    })),
  });
  switch (collection) {
    case 'enterprises':
      return place('enterprise', model.enterprises[index]?.name, model.enterprises[index]?.id);
    case 'materials':
      return place('material', model.materials[index]?.name, model.materials[index]?.id);
    case 'chains':
      return place('chain', model.chains[index]?.name, model.chains[index]?.id);
    case 'flows': {
      const flow = model.flows[index];
      return flow ? place('flow', { zh: flow.id }, flow.id) : p;
    }
    default:
      return p;
  }
}
