/**
 * Turns zod's issues into our bilingual problems. zod says what failed in
 * its own words; a park manager needs to hear which field and why, in
 * Chinese or English.
 */
import type { z } from 'zod';
import { problem, quote, type BilingualMessage, type PathSegment, type Problem } from './problems.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, BilingualMessage> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '真/假值', en: 'true or false' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
  record: { zh: '对象', en: 'an object' },
};

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
  if (missing) return make('missing-field', { zh: '缺少必填字段', en: 'required field is missing' });

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problem('error', 'unknown-field', [...path, key], {
          zh: `未知字段 ${quote(key)}(拼写错误?自定义数据请放入 attributes)`,
          en: `unknown field ${quote(key)} (a typo? put custom data under "attributes")`,
        }),
      );
    case 'invalid_type': {
      if (issue.expected === 'number' && typeof value === 'number') {
        return make('not-finite', { zh: '数值必须是有限数', en: 'number must be finite' });
      }
      const expected = TYPE_NAMES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      return make('wrong-type', {
        zh: `应为${expected.zh},实际为 ${quote(value)}`,
        en: `expected ${expected.en}, got ${quote(value)}`,
      });
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (field === 'schemaVersion') {
        return make('schema-version', {
          zh: `不支持的 schemaVersion ${quote(value)}`,
          en: `unsupported schemaVersion ${quote(value)}`,
        });
      }
      return make('invalid-option', {
        zh: `无效取值 ${quote(value)},可选:${options}`,
        en: `invalid value ${quote(value)}; expected one of ${options}`,
      });
    }
    case 'too_small':
      return tooSmall(issue, path, value);
    case 'too_big':
      return make('too-big', {
        zh: issue.origin === 'string' ? `文本过长(最多 ${issue.maximum} 个字符)` : `超过上限 ${issue.maximum}`,
        en:
          issue.origin === 'string'
            ? `text too long (at most ${issue.maximum} characters)`
            : `above the maximum ${issue.maximum}`,
      });
    case 'invalid_format':
      return make('invalid-format', formatMessage(field, value));
    case 'custom':
      if (issue.params?.['rule'] === 'name-empty') {
        return make('name-empty', {
          zh: '名称至少需要中文或英文之一',
          en: 'a name needs Chinese or English text (at least one)',
        });
      }
      return make('invalid', { zh: issue.message, en: issue.message });
    default:
      return make('invalid', { zh: `无效:${issue.message}`, en: `invalid: ${issue.message}` });
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, path: PathSegment[], value: unknown): Problem[] {
  const min = Number(issue.minimum);
  if (issue.origin === 'array') {
    return [problem('error', 'too-few', path, { zh: `至少需要 ${min} 项`, en: `needs at least ${min} item(s)` })];
  }
  if (issue.origin === 'string') {
    return [problem('error', 'empty-text', path, { zh: '不能为空', en: 'must not be empty' })];
  }
  if (min === 0 && !issue.inclusive) {
    return [
      problem('error', 'not-positive', path, {
        zh: `必须大于 0(实际 ${quote(value)})`,
        en: `must be greater than 0 (got ${quote(value)})`,
      }),
    ];
  }
  if (min === 0 && typeof value === 'number') {
    return [
      problem('error', 'negative', path, {
        zh: `数量不能为负(${value})`,
        en: `must not be negative (got ${value})`,
      }),
    ];
  }
  return [
    problem('error', 'too-small', path, {
      zh: `${issue.inclusive ? '不能小于' : '必须大于'} ${min}(实际 ${quote(value)})`,
      en: `must be ${issue.inclusive ? 'at least' : 'greater than'} ${min} (got ${quote(value)})`,
    }),
  ];
}

function formatMessage(field: string, value: unknown): BilingualMessage {
  switch (field) {
    case 'colour':
      return { zh: `颜色 ${quote(value)} 应为 #RRGGBB 形式`, en: `colour ${quote(value)} must look like #RRGGBB` };
    case 'hazardousWasteCode':
      return {
        zh: `危废类别 ${quote(value)} 应为 HW 加两位数字(如 HW22)`,
        en: `hazardous-waste code ${quote(value)} must be HW and two digits (e.g. HW22)`,
      };
    case 'currency':
      return {
        zh: `货币 ${quote(value)} 应为三位大写代码(如 CNY)`,
        en: `currency ${quote(value)} must be a 3-letter code (e.g. CNY)`,
      };
    default:
      return {
        zh: `标识符 ${quote(value)} 无效:须以字母或数字开头,只含字母、数字和 - _ . :,最长 128 个字符`,
        en: `invalid id ${quote(value)}: start with a letter or digit, then letters, digits, "-", "_", ".", ":" (at most 128)`,
      };
  }
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
