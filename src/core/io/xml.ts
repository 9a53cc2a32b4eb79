/**
 * Safe XML for GEXF and GraphML, on fast-xml-parser.
 *
 * Safety: a document type declaration with entity declarations is refused
 * before parsing (no external entity is ever fetched, no "billion laughs"
 * expansion can run), and the parser's own entity processing is off: the
 * five predefined entities and character references are decoded here, once,
 * so `&amp;lt;` stays the text `&lt;` and markup in names stays plain text.
 * Syntax errors come from the validator with their line and column.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem, type Problem, type ProblemLocation } from '../model/problems.ts';
import { bilingual, type MessageKey, type MessageParams } from '../text/message.ts';

export type XmlElement = Readonly<Record<string, unknown>>;

export type ParsedXml =
  | { readonly ok: true; readonly root: XmlElement; lineOf(element: XmlElement): number | undefined }
  | { readonly ok: false; readonly errors: readonly Problem[] };

const ATTRIBUTE_PREFIX = '@_';
// Typed as the `Symbol` wrapper object by fast-xml-parser; it is a plain symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  alwaysCreateTextNode: true,
  cdataPropName: '#cdata',
  captureMetaData: true,
  // Callbacks get a matcher instead of a path string: about 15% faster on large files.
  jPath: false,
  // Every element is a list, so one child and many children read the same way.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  // Deep nesting is not a graph; the limit stops a stack-exhausting document early.
  maxNestedTags: 200,
});

const ENTITY_DECLARATION = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i;

export function parseXml(text: string, file: string): ParsedXml {
  const fail = (code: string, key: MessageKey, params: MessageParams, line?: number): ParsedXml => ({
    ok: false,
    errors: [problem('error', code, [], bilingual(key, params), line === undefined ? { file } : { file, line })],
  });
  const doctype = ENTITY_DECLARATION.exec(text);
  if (doctype) {
    return fail('xml-entities-refused', 'io:xmlEntities', {}, lineAt(text, doctype.index));
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    // Elements still open at the end: the validator names them but points at line 1.
    const unclosed = /^Invalid '\[.*\]' found\.$/s.test(msg) ? [...msg.matchAll(/"([^"]+)"/g)].map((m) => m[1]) : [];
    if (unclosed.length > 0) {
      const last = lineStarts(text).length;
      return fail('xml-syntax', 'io:xmlUnclosed', { line: last, elements: unclosed.join(', ') }, last);
    }
    return fail('xml-syntax', 'io:xmlSyntax', { line, column: col, detail: msg }, line);
  }
  let root: XmlElement;
  try {
    root = parser.parse(text) as XmlElement;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('xml-syntax', 'io:xmlUnparsable', { detail });
  }
  const lines = lineStarts(text);
  return {
    ok: true,
    root,
    lineOf: (element) => {
      const meta = (element as Record<symbol, { startIndex?: number } | undefined>)[META];
      return meta?.startIndex === undefined ? undefined : lineFromStarts(lines, meta.startIndex);
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineFromStarts(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= index) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

function lineAt(text: string, index: number): number {
  return lineFromStarts(lineStarts(text.slice(0, index + 1)), index);
}

/** Where an element is, for a problem: the file, and the line when the parser recorded it. */
export function locateIn(lineOf: (element: XmlElement) => number | undefined, file: string) {
  return (element: XmlElement): ProblemLocation => {
    const line = lineOf(element);
    return line === undefined ? { file } : { file, line };
  };
}

/** Child elements by local name (namespace prefixes are removed). */
export function childrenOf(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  return Array.isArray(value) ? (value as XmlElement[]).filter((v) => typeof v === 'object' && v !== null) : [];
}

export function childOf(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenOf(element, name)[0];
}

export function attributeOf(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`${ATTRIBUTE_PREFIX}${name}`];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** The element's text: character data decoded, CDATA sections as they are. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const joined = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(joined).join('');
    if (typeof value === 'string') return value;
    // CDATA sections come wrapped as { '#text': … } because every element is a list.
    return value !== null && typeof value === 'object' ? joined((value as XmlElement)['#text']) : '';
  };
  return decodeEntities(joined(element['#text'])) + joined(element['#cdata']);
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (match, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? match;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/**
 * XML 1.0 cannot hold most control characters or lone surrogates, not even
 * as character references; they are replaced by U+FFFD and counted, so the
 * export can say it happened.
 */
export interface XmlTextCounter {
  replaced: number;
}

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string, counter: XmlTextCounter): string {
  return text.replace(NOT_XML, () => {
    counter.replaced += 1;
    return '\uFFFD';
  });
}

/** Text content: markup escaped; carriage returns as references so parsers do not fold them into newlines. */
export function escapeXmlText(text: string, counter: XmlTextCounter): string {
  return xmlSafe(text, counter).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] as string);
}

/** Attribute values: also quotes, and whitespace as references (parsers normalise raw tabs and newlines to spaces). */
export function escapeXmlAttribute(text: string, counter: XmlTextCounter): string {
  return xmlSafe(text, counter).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};
