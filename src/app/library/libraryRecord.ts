/**
 * What the model library keeps, and how it is read back. Browser storage
 * is untrusted (another version of the app, an extension, a half-written
 * disk, a user in the developer tools): every record is checked for shape
 * and every model in it goes through core validation again, and whatever
 * fails becomes a list of problems, never an exception.
 */
import { MODEL_COLLECTIONS } from '../../core/model/modelDelta.ts';
import { z } from 'zod';
import { isLooseObject } from '../../core/model/loose.ts';
import { problem, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { migrateToCurrent } from '../../core/model/migrations.ts';
import { CURRENT_SCHEMA_VERSION, MAX_NAME_LENGTH } from '../../core/model/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { validateModel } from '../../core/model/validate.ts';
import { validateDerivedModel } from '../../core/model/validateDerived.ts';
import type { HistoryStep } from '../model/history.ts';
import { assembleModels, type ChunkedModel } from './modelChunks.ts';

/** Version of the entries' layout (not of the park model, which carries its own schemaVersion). */
export const RECORD_FORMAT = 1;
/**
 * Version of the model data's layout: 1 held the models whole, 2 holds them
 * in chunks (modelChunks.ts). Both are read; 2 is written.
 */
export const MODEL_FORMAT = 2;
const MODEL_FORMATS_READ = [1, MODEL_FORMAT];

export const LIBRARY_KINDS = ['model', 'scenario'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** One model of the library as listed: no model data, so listing a large library stays cheap. */
export interface LibraryEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: LibraryKind;
  /** Milliseconds since 1970. */
  readonly created: number;
  readonly updated: number;
  /** Where the model first came from: `reference` (the bundled park) or the URL it was opened from. */
  readonly origin?: string;
  /**
   * Raised by one with every write, so a tab can tell that another tab
   * wrote in between (revisions.ts). Always set when read from the
   * library; records written before revisions existed read as 0.
   */
  readonly revision?: number;
}

export interface StoredEntry extends LibraryEntry {
  readonly format: number;
}

/** The model data of an entry, stored apart from it under the same id, its chunks apart again. */
export interface StoredModel {
  readonly format: number;
  readonly id: string;
  /** The present of the undo history, with the actors' positions as its view state. */
  readonly model: ChunkedModel;
  /** The last undo steps, oldest first, and the redo steps, next first. */
  readonly past: readonly { readonly model: ChunkedModel; readonly label: HistoryStep['label'] }[];
  readonly future: readonly { readonly model: ChunkedModel; readonly label: HistoryStep['label'] }[];
}

export const REFERENCE_ORIGIN = 'reference';

const entryShape = z.object({
  format: z.number(),
  id: z.string().min(1),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  kind: z.enum(LIBRARY_KINDS),
  created: z.number(),
  updated: z.number(),
  origin: z.string().optional(),
  // Optional, so records from before revisions stay readable (and older versions of the app ignore it).
  revision: z.number().int().nonnegative().optional(),
});

const labelShape = z.object({ zh: z.string(), en: z.string() });
const stepShape = z.object({ model: z.unknown(), label: labelShape });
const storedModelShape = z.object({
  format: z.number(),
  id: z.string(),
  model: z.unknown(),
  // Steps are checked one by one: a damaged step costs the steps beyond it, not the model.
  past: z.array(z.unknown()),
  future: z.array(z.unknown()),
});

export type ReadResult<T> =
  | { readonly ok: true; readonly value: T; readonly notes: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The entry, or why it cannot be used (shape, or written by a newer version of the app). */
export function readEntry(raw: unknown): ReadResult<LibraryEntry> {
  const parsed = entryShape.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: [shapeProblem('entry')] };
  const { format, origin, revision = 0, ...entry } = parsed.data;
  if (format !== RECORD_FORMAT) return { ok: false, problems: [formatProblem(format, RECORD_FORMAT)] };
  const value = { ...entry, revision };
  return { ok: true, value: origin === undefined ? value : { ...value, origin }, notes: [] };
}

export interface LoadedModel {
  readonly model: ParkModel;
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
}

/**
 * The stored model validated again, with as many undo and redo steps as
 * are themselves valid (a bad step drops it and every step beyond it, and
 * says so in `notes`; the present model is what matters). `chunks`: the
 * model's stored chunks, which a record of format 2 lists.
 */
export function readStoredModel(
  raw: unknown,
  id: string,
  chunks: ReadonlyMap<string, unknown>,
): ReadResult<LoadedModel> {
  const parsed = storedModelShape.safeParse(raw);
  if (!parsed.success || parsed.data.id !== id) return { ok: false, problems: [shapeProblem('model')] };
  const record = parsed.data;
  if (!MODEL_FORMATS_READ.includes(record.format))
    return { ok: false, problems: [formatProblem(record.format, MODEL_FORMAT)] };
  const stored = record.format === 1 ? record : assembled(record, chunks);
  if (stored.model === undefined) return { ok: false, problems: [shapeProblem('model')] };
  const result = validateModel(stored.model);
  if (!result.ok) return { ok: false, problems: result.errors };
  // Keep the stored object itself when it needed no migration: it shares structure with its steps.
  const model = result.migratedFrom === undefined ? (stored.model as ParkModel) : result.model;
  const past = validSteps(model, [...stored.past].reverse()).reverse();
  const future = validSteps(model, stored.future);
  const dropped = stored.past.length - past.length + (stored.future.length - future.length);
  return { ok: true, value: { model, past, future }, notes: dropped > 0 ? [droppedStepsProblem(dropped)] : [] };
}

/** A chunked record with its models put together (undefined where a chunk is missing). */
function assembled(record: z.infer<typeof storedModelShape>, chunks: ReadonlyMap<string, unknown>) {
  const assemble = assembleModels(chunks);
  const step = (raw: unknown) => {
    const parsed = stepShape.safeParse(raw);
    return parsed.success ? { ...parsed.data, model: assemble(parsed.data.model) } : raw;
  };
  return { ...record, model: assemble(record.model), past: record.past.map(step), future: record.future.map(step) };
}

/**
 * Steps in order of distance from the present, kept while each is valid.
 * Each is checked against its neighbour, which is known to be valid, so
 * only what differs is validated again (the steps share the rest).
 */
function validSteps(present: ParkModel, steps: readonly unknown[]): HistoryStep[] {
  const out: HistoryStep[] = [];
  let neighbour = present;
  for (const raw of steps) {
    const parsed = stepShape.safeParse(raw);
    if (!parsed.success) break;
    const step = parsed.data;
    // Steps saved by an older version are lifted like the present model, so undo survives an upgrade.
    const lifted = isLooseObject(step.model) ? migrateToCurrent(step.model).document : undefined;
    if (!hasModelShape(lifted)) break;
    const model = lifted as ParkModel;
    if (!validateDerivedModel(neighbour, model).ok) break;
    out.push({ model, label: { zh: step.label.zh, en: step.label.en } });
    neighbour = model;
  }
  return out;
}

/**
 * The outline `validateDerivedModel` walks without checking (it expects a
 * model derived in memory): objects where it reads fields, arrays of
 * objects where it maps items. Anything else goes no further.
 */
function hasModelShape(value: unknown): boolean {
  if (!isLooseObject(value) || value['schemaVersion'] !== CURRENT_SCHEMA_VERSION) return false;
  const park = value['park'];
  if (!isLooseObject(park) || !(park['sources'] === undefined || isObjectList(park['sources']))) return false;
  return MODEL_COLLECTIONS.every((field) => isObjectList(value[field]));
}

function isObjectList(value: unknown): boolean {
  return Array.isArray(value) && value.every(isLooseObject);
}

function shapeProblem(part: 'entry' | 'model'): Problem {
  return part === 'entry'
    ? problem('error', 'library-entry-shape', [], appBilingual('libraryProblem.entryShape'))
    : problem('error', 'library-model-shape', [], appBilingual('libraryProblem.modelShape'));
}

function formatProblem(format: number, reads: number): Problem {
  return problem('error', 'library-format', ['format'], appBilingual('libraryProblem.newerFormat', { format, reads }));
}

function droppedStepsProblem(count: number): Problem {
  return problem('warning', 'library-steps-dropped', [], appBilingual('libraryProblem.stepsDropped', { count }));
}
