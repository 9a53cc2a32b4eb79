/**
 * The examples bundled with the app, offered in the model library: the Linyi
 * reference park and the published exchange lists in `data/examples/`. An
 * exchange list is read exactly as a user's CSV import is — core's import in
 * the import worker (imports/importClient.ts), planned against nothing — so its
 * warnings show in the same import report; confirming stores it as a new
 * library entry and leaves every other model alone.
 */
import guitangCsv from '../../../data/examples/guitang.csv?raw';
import kalundborgCsv from '../../../data/examples/kalundborg.csv?raw';
import { localize } from '../../core/model/labels.ts';
import type { Language, LocalizedText, ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { runImport, type RunImportOptions } from '../imports/importClient.ts';
import type { PickedFile } from '../imports/importFlow.ts';
import { canConfirm, type ImportReport } from '../imports/importReport.ts';

interface ExampleBase {
  readonly id: string;
  readonly title: LocalizedText;
  /** What it shows and where it comes from, in a sentence. */
  readonly summary: LocalizedText;
}

/** The reference park: a new library entry holding it, as "New model" makes. */
export interface ReferenceExample extends ExampleBase {
  readonly kind: 'reference';
}

/** A published exchange list shipped as `data/examples/<file>`. */
export interface ExchangeListExample extends ExampleBase {
  readonly kind: 'exchange-list';
  readonly file: string;
  /** The CSV text, bundled by Vite. */
  readonly text: string;
}

export type BundledExample = ReferenceExample | ExchangeListExample;

export const EXAMPLES: readonly BundledExample[] = [
  {
    id: 'linyi-etdz',
    kind: 'reference',
    title: appBilingual('examples.linyi.title'),
    summary: appBilingual('examples.linyi.summary'),
  },
  {
    id: 'kalundborg',
    kind: 'exchange-list',
    file: 'kalundborg.csv',
    text: kalundborgCsv,
    title: appBilingual('examples.kalundborg.title'),
    summary: appBilingual('examples.kalundborg.summary'),
  },
  {
    id: 'guitang',
    kind: 'exchange-list',
    file: 'guitang.csv',
    text: guitangCsv,
    title: appBilingual('examples.guitang.title'),
    summary: appBilingual('examples.guitang.summary'),
  },
];

export function exampleById(id: string): BundledExample | undefined {
  return EXAMPLES.find((example) => example.id === id);
}

/** The name a new library entry gets: the example's title in the UI language. */
export function exampleName(example: BundledExample, language: Language): string {
  return localize(example.title, language);
}

/** The exchange list as the file a user would pick. */
export function examplePickedFile(example: ExchangeListExample): PickedFile {
  return { name: example.file, bytes: new TextEncoder().encode(example.text) };
}

/**
 * Reads the exchange list through core's import, as a user's CSV import is
 * read, planned against no open model (it becomes a model of its own).
 * Always resolves to a report; never touches the library.
 */
export function readExample(example: ExchangeListExample, options: RunImportOptions = {}): Promise<ImportReport> {
  return runImport([examplePickedFile(example)], undefined, options);
}

/**
 * The model to store for a confirmed report: core's model with the park
 * named by the example's title (core names it after the file); null when
 * the report has errors.
 */
export function exampleModel(example: ExchangeListExample, report: ImportReport): ParkModel | null {
  if (!report.plan.ok || !canConfirm(report)) return null;
  const { model } = report.plan;
  return { ...model, park: { ...model.park, name: example.title } };
}
