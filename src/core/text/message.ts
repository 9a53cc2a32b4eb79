/**
 * The one bilingual message catalogue: every user-facing sentence of core,
 * CLI and reports is an entry `{ zh, en }` in a namespace file under
 * `messages/` (one file per job), looked up by a typed, namespace-qualified
 * key such as `'cli:valid'` or `'report:contents'`. The glossary's terms
 * (`glossary.ts`) are the namespace `glossary`.
 *
 * The syntax is i18next's, so the app's i18next resources can be generated
 * from the same tables: `{{name}}` placeholders filled from the params, and
 * `$t(namespace:key)` nesting another entry in the same language (how a
 * sentence uses a glossary term: `$t(glossary:payback)`). A plural is the
 * caller choosing between two keys. `tests/unit/text/catalogue.test.ts`
 * checks that both languages have every key, the same placeholders, and
 * that every nested key exists.
 */
import type { BilingualMessage, Language } from './language.ts';
import { TERMS } from './glossary.ts';
import { ANALYSIS_MESSAGES } from './messages/analysis.ts';
import { CLI_MESSAGES } from './messages/cli.ts';
import { COMMON_MESSAGES } from './messages/common.ts';
import { COLUMN_MESSAGES } from './messages/column.ts';
import { DIAGRAM_MESSAGES } from './messages/diagram.ts';
import { FINDING_MESSAGES } from './messages/finding.ts';
import { IO_MESSAGES } from './messages/io.ts';
import { LABEL_MESSAGES } from './messages/label.ts';
import { MODEL_MESSAGES } from './messages/model.ts';
import { NETWORK_MESSAGES } from './messages/network.ts';
import { PROJECT_MESSAGES } from './messages/project.ts';
import { REPORT_MESSAGES } from './messages/report.ts';
import { SCENARIO_MESSAGES } from './messages/scenario.ts';
import { SERVER_MESSAGES } from './messages/server.ts';

/** Every namespace of the catalogue, by name. */
export const MESSAGES = {
  glossary: TERMS,
  common: COMMON_MESSAGES,
  label: LABEL_MESSAGES,
  model: MODEL_MESSAGES,
  scenario: SCENARIO_MESSAGES,
  analysis: ANALYSIS_MESSAGES,
  finding: FINDING_MESSAGES,
  network: NETWORK_MESSAGES,
  project: PROJECT_MESSAGES,
  diagram: DIAGRAM_MESSAGES,
  io: IO_MESSAGES,
  column: COLUMN_MESSAGES,
  report: REPORT_MESSAGES,
  cli: CLI_MESSAGES,
  server: SERVER_MESSAGES,
} as const satisfies Record<string, Readonly<Record<string, BilingualMessage>>>;

export type Namespace = keyof typeof MESSAGES;
/** A key inside one namespace, without the namespace. */
export type KeyOf<N extends Namespace> = keyof (typeof MESSAGES)[N] & string;
/** A namespace-qualified key: `'cli:valid'`. */
export type MessageKey = { [N in Namespace]: `${N}:${KeyOf<N>}` }[Namespace];
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const NESTED = /\$t\((\w+):(\w+)\)/g;

/** The entry of a key, or undefined for a key not in the catalogue (a nested `$t(…)` read from a table). */
function entryOf(namespace: string, key: string): BilingualMessage | undefined {
  const table: Readonly<Record<string, BilingualMessage>> | undefined = Object.hasOwn(MESSAGES, namespace)
    ? MESSAGES[namespace as Namespace]
    : undefined;
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Fills a template: nested `$t(ns:key)` first (in the same language), then `{{name}}` placeholders; a placeholder with no value stays as it is, so a missing value shows instead of vanishing. */
function fillMessage(template: string, language: Language, params: MessageParams = {}): string {
  return template
    .replace(NESTED, (whole, namespace: string, key: string) => entryOf(namespace, key)?.[language] ?? whole)
    .replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A message in one language, its placeholders filled in. */
export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const colon = key.indexOf(':');
  const entry = entryOf(key.slice(0, colon), key.slice(colon + 1));
  if (!entry) throw new Error(`no message ${key}`);
  return fillMessage(entry[language], language, params);
}

/**
 * A message in both languages, e.g. for a `Problem`, whose reader picks the
 * language later. `params` is the same in both languages, or a function asked
 * once per language when the params are words themselves (a kind of item, a
 * list's name).
 */
export function bilingual(
  key: MessageKey,
  params: MessageParams | ((language: Language) => MessageParams) = {},
): BilingualMessage {
  return inBothLanguages((language) =>
    message(language, key, typeof params === 'function' ? params(language) : params),
  );
}

/** A text in both languages from one function run in each: for sentences built from several entries or worded values. */
export function inBothLanguages(sentence: (language: Language) => string): BilingualMessage {
  return { zh: sentence('zh'), en: sentence('en') };
}

/** The names of a template's `{{placeholders}}`, sorted and without repeats. */
export function placeholdersOf(template: string): readonly string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** The `namespace:key` of each `$t(…)` a template nests. */
export function nestedKeysOf(template: string): readonly string[] {
  return [...template.matchAll(NESTED)].map((m) => `${m[1]}:${m[2]}`);
}
