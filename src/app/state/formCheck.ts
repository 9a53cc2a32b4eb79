/**
 * What a form's draft would do to the model, checked by core validation at
 * every keystroke: the step to commit (or none while an error stands) and
 * the problems keyed by the form field they belong to.
 *
 * The model the form opened on is valid, so errors come from core's derived
 * validation (only what the draft changed is checked, with a fall-back to
 * the whole model when a change can reach other items) and warnings from
 * `warningsAround` (the item and the enterprises it touches): both stay
 * fast on a park of 100 000 flows, where the whole validation takes
 * seconds per keystroke.
 */
import { errorsOf, type PathSegment, type Problem } from '../../core/model/problems.ts';
import { localize } from '../../core/model/labels.ts';
import type { LocalizedText, ParkModel } from '../../core/model/types.ts';
import { validateDerivedModel } from '../../core/model/validateDerived.ts';
import { warningsAround, type ItemPath } from '../../core/model/warningsAround.ts';
import type { ModelEdit } from './enterpriseEdits.ts';
import { typedNumberProblem } from './tableEdits.ts';

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
  /** The draft says what the model already holds: saving just closes the form. */
  readonly unchanged: boolean;
  readonly errors: FieldProblems;
  readonly warnings: FieldProblems;
}

export const NOTHING_TO_CHECK: FormCheck = { edit: null, unchanged: true, errors: new Map(), warnings: new Map() };

/** The problems for a field and everything below it (`stages` holds `stages.0.materials.1`). */
export function problemsAt(problems: FieldProblems, field: string): readonly Problem[] {
  const out: Problem[] = [];
  for (const [key, list] of problems) if (key === field || key.startsWith(`${field}.`)) out.push(...list);
  return out;
}

/**
 * Checks `next`, derived from the valid `model` by changing the item at
 * `itemPath` (a whole item, or a part of one: `['enterprises', 3, 'outputs', 1]`).
 */
export function checkDraft(
  model: ParkModel,
  next: ParkModel,
  itemPath: readonly [ItemPath[0], number, ...PathSegment[]],
  label: ModelEdit['label'],
): FormCheck {
  const result = validateDerivedModel(model, next);
  const errors = result.ok ? [] : errorsOf(result.errors);
  const around = warningsAround(next, [itemPath[0], itemPath[1]]);
  return {
    edit: errors.length === 0 ? { model: next, label } : null,
    unchanged: false,
    errors: byField(errors, itemPath, next),
    warnings: byField([...around.item, ...around.touched], itemPath, next),
  };
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
  return { ...check, edit: null, unchanged: false, errors };
}

/** The check of a draft that changes nothing: no step, no problems of its own. */
export function unchangedCheck(check: FormCheck): FormCheck {
  return { ...check, edit: null, unchanged: check.errors.size === 0 };
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
  const place = (zh: string, en: string, name: LocalizedText | undefined, id: string | undefined) => ({
    ...p,
    message: {
      zh: `${zh}“${localize(name, 'zh') || id}”:${p.message.zh}`,
      en: `${en} “${localize(name, 'en') || id}”: ${p.message.en}`,
    },
  });
  switch (collection) {
    case 'enterprises':
      return place('企业', 'enterprise', model.enterprises[index]?.name, model.enterprises[index]?.id);
    case 'materials':
      return place('物料', 'material', model.materials[index]?.name, model.materials[index]?.id);
    case 'chains':
      return place('产业链模板', 'chain template', model.chains[index]?.name, model.chains[index]?.id);
    case 'flows': {
      const flow = model.flows[index];
      return flow ? place('物质流', 'flow', { zh: flow.id }, flow.id) : p;
    }
    default:
      return p;
  }
}
