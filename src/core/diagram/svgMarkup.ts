/**
 * The one place SVG (XML) markup is written. Every text and attribute value
 * goes through `escapeXml`, so a name such as `<img src=x onerror=alert(1)>`
 * is shown as text and never becomes an element; characters XML 1.0 forbids
 * (most control characters) are dropped so the document stays well-formed.
 */

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates halves and U+FFFE/U+FFFF.
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Drops characters no document format can carry (control characters, broken surrogates). */
export function printable(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/[\t\n\r]+/g, ' ');
}

export type AttributeValue = string | number | undefined;

const NAME = /^[A-Za-z][A-Za-z0-9:_-]*$/;

/**
 * `<name a="v" …>children</name>`, or self-closing without children.
 * Children are markup already built by `element` or `text`; attributes
 * with an undefined value are left out; numbers are rounded to 0.01.
 */
export function element(
  name: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  children: readonly string[] = [],
): string {
  if (!NAME.test(name)) throw new Error(`not an XML name: ${name}`);
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => {
      if (!NAME.test(key)) throw new Error(`not an XML attribute name: ${key}`);
      return ` ${key}="${escapeXml(typeof value === 'number' ? formatNumber(value) : value)}"`;
    })
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** Escaped character data, to pass as an element's child. */
export function text(value: string): string {
  return escapeXml(value);
}

/** Numbers as SVG wants them: no exponent, at most two decimals, no "-0". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
