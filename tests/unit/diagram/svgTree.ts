/**
 * Reads an exported SVG back as XML (fast-xml-parser), so tests check its
 * structure and text rather than its bytes.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

export interface SvgElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgElement[];
  /** Character data directly inside this element. */
  readonly text: string;
}

type Parsed = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Fails the test unless `svg` is well-formed XML; returns its root element. */
export function parseSvg(svg: string): SvgElement {
  const valid = XMLValidator.validate(svg);
  expect(valid, typeof valid === 'object' ? JSON.stringify(valid.err) : '').toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    preserveOrder: true,
    attributeNamePrefix: '',
    trimValues: false,
    ignoreDeclaration: true,
  });
  const nodes = parser.parse(svg) as Parsed[];
  const root = nodes.map(toElement).find((e) => e?.name === 'svg');
  if (!root) throw new Error('no <svg> root');
  return root;
}

function toElement(node: Parsed): SvgElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
  if (!name) return undefined;
  const content = (node[name] as Parsed[]) ?? [];
  return {
    name,
    attributes: node[':@'] ?? {},
    children: content.map(toElement).filter((e): e is SvgElement => e !== undefined),
    text: content
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join(''),
  };
}

export function allElements(root: SvgElement): SvgElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The visible text: every <text> element's content, in document order. */
export function visibleTexts(root: SvgElement): string[] {
  return allElements(root)
    .filter((e) => e.name === 'text')
    .map((e) => e.text);
}

/** Elements whose class list contains `className`. */
export function withClass(root: SvgElement, className: string): SvgElement[] {
  return allElements(root).filter((e) => (e.attributes.class ?? '').split(/\s+/).includes(className));
}

/** All visible text with white space removed, so wrapped lines read as one. */
export function squashedText(root: SvgElement): string {
  return visibleTexts(root).join('').replace(/\s+/g, '');
}

export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
