/**
 * Turns zod's issues into our bilingual problems. zod says what failed in
 * its own words; a park manager needs to hear which field and why, in
 * Chinese or English.
 */
import type { z } from 'zod';
import { bilingual, message } from '../text/message.ts';
import { problem, quote, type BilingualMessage, type PathSegment, type Problem } from './problems.ts';

type Issue = z.core.$ZodIssue;

/** The types zod expects that have a name in the catalogue (`model:type_…`); any other is shown as zod names it. */
const NAMED_TYPES = ['string', 'number', 'boolean', 'object', 'array', 'record'] as const;

/** Fields with a format of their own (`model:format_…`); any other format is an id's. */
const FORMATTED_FIELDS = ['colour', 'hazardousWasteCode', 'currency'] as const;

export function issuesToProblems(
  issues: readonly Issue[],
  root: unknown,
  basePath: readonly PathSegment[] = [],
): Problem[] {
  return issues.flatMap((issue) => issueToProblems(issue, root, basePath));
}

function issueToProblems(issue: Issue, root: unknown, basePath: readonly PathSegment[]): Problem[] {
  const path = [...basePath, ...issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s))];
  const value = valueAt(root, path);
  const field = String(path[path.length - 1] ?? '');
  const make = (code: string, message: BilingualMessage) => [problem('error', code, path, message)];

  const missing =
    value === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom' && path.length > 0;
  if (missing) return make('missing-field', bilingual('model:missingField'));

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problem('error', 'unknown-field', [...path, key], bilingual('model:unknownField', { key: quote(key) })),
      );
    case 'invalid_type': {
      if (issue.expected === 'number' && typeof value === 'number') {
        return make('not-finite', bilingual('model:notFinite'));
      }
      const named = NAMED_TYPES.find((type) => type === issue.expected);
      return make(
        'wrong-type',
        bilingual('model:wrongType', (language) => ({
          expected: named ? message(language, `model:type_${named}`) : issue.expected,
          value: quote(value),
        })),
      );
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (field === 'schemaVersion') {
        return make('schema-version', bilingual('model:schemaVersionUnsupported', { value: quote(value) }));
      }
      return make('invalid-option', bilingual('model:invalidOption', { value: quote(value), options }));
    }
    case 'too_small':
      return tooSmall(issue, path, value);
    case 'too_big':
      return make(
        'too-big',
        bilingual(issue.origin === 'string' ? 'model:textTooLong' : 'model:aboveMaximum', {
          max: String(issue.maximum),
        }),
      );
    case 'invalid_format':
      return make('invalid-format', formatMessage(field, value));
    case 'custom':
      if (issue.params?.['rule'] === 'name-empty') {
        return make('name-empty', bilingual('model:nameEmpty'));
      }
      return make('invalid', bilingual('model:ruleMessage', { message: issue.message }));
    default:
      return make('invalid', bilingual('model:invalid', { message: issue.message }));
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, path: PathSegment[], value: unknown): Problem[] {
  const min = Number(issue.minimum);
  if (issue.origin === 'array') {
    return [problem('error', 'too-few', path, bilingual('model:tooFew', { min }))];
  }
  if (issue.origin === 'string') {
    return [problem('error', 'empty-text', path, bilingual('model:emptyText'))];
  }
  if (min === 0 && !issue.inclusive) {
    return [problem('error', 'not-positive', path, bilingual('model:notPositive', { value: quote(value) }))];
  }
  if (min === 0 && typeof value === 'number') {
    return [problem('error', 'negative', path, bilingual('model:negative', { value }))];
  }
  return [
    problem(
      'error',
      'too-small',
      path,
      bilingual(issue.inclusive ? 'model:atLeast' : 'model:greaterThan', { min, value: quote(value) }),
    ),
  ];
}

function formatMessage(field: string, value: unknown): BilingualMessage {
  const format = FORMATTED_FIELDS.find((f) => f === field) ?? 'id';
  return bilingual(`model:format_${format}`, { value: quote(value) });
}

/** Reads the raw value at a path, so messages can quote what the user wrote. */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
