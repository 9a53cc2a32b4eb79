/**
 * Embeds a CJK font into a pdf-lib document as a subset (only the glyphs
 * used), from bytes the caller read (a file in Node, a fetch in the app).
 *
 * Why not pdf-lib's own @pdf-lib/fontkit: version 1.1.1 writes an invalid
 * CFF table when subsetting CID-keyed OpenType fonts such as Noto Sans CJK
 * (poppler: "Embedded font file may be invalid", every glyph blank) and
 * cannot open a font collection (.ttc), which is how Debian ships Noto
 * Sans CJK. Upstream fontkit 2 subsets these correctly and opens
 * collections; the adapter below gives pdf-lib the fontkit 1 interface it
 * calls (`subset.encodeStream()`, which fontkit 2 replaced by `encode()`).
 */
import * as fontkit from 'fontkit';
import type { FontkitFont } from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface FontSource {
  /** A TrueType/OpenType font, or a collection (.ttc). */
  readonly bytes: Uint8Array;
  /** Which face of a collection, e.g. "NotoSansCJKsc-Regular"; default the Simplified Chinese face. */
  readonly postscriptName?: string;
}

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

export async function embedSubsetFont(doc: PDFDocument, source: FontSource): Promise<PDFFont> {
  doc.registerFontkit(fontkitForPdfLib(source.postscriptName));
  return doc.embedFont(source.bytes, { subset: true });
}

function fontkitForPdfLib(postscriptName?: string): PdfLibFontkit {
  return {
    create(bytes: Uint8Array) {
      const opened = fontkit.create(bytes);
      const font = 'fonts' in opened ? pickFace(opened, postscriptName) : opened;
      return withEncodeStream(font) as unknown as ReturnType<PdfLibFontkit['create']>;
    },
  };
}

/** The named face, else the Simplified Chinese one (Noto/Source Han "SC"), else the first. */
export function pickFace(collection: fontkit.FontkitCollection, postscriptName?: string): FontkitFont {
  if (postscriptName !== undefined) {
    const named = collection.getFont(postscriptName);
    if (!named) throw new Error(`the font collection has no face named ${postscriptName}`);
    return named;
  }
  const faces = collection.fonts;
  const face = faces.find((f) => /CJKsc|SC-|SansSC|\bSC\b/.test(f.postscriptName)) ?? faces[0];
  if (!face) throw new Error('the font collection is empty');
  return face;
}

/** A fontkit 2 font whose subsets also offer fontkit 1's `encodeStream()`. */
function withEncodeStream(font: FontkitFont): FontkitFont {
  return new Proxy(font, {
    get(target, property) {
      if (property === 'createSubset') return () => subsetWithEncodeStream(target.createSubset());
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

type Listener = (value?: unknown) => void;

function subsetWithEncodeStream<T extends { encode(): Uint8Array }>(subset: T): T {
  return new Proxy(subset, {
    get(target, property) {
      if (property === 'encodeStream') {
        return () => {
          const listeners = new Map<string, Listener>();
          const stream = {
            on(event: string, listener: Listener) {
              // pdf-lib attaches data, end and error in one chain, then waits: emit once that chain is done.
              if (listeners.size === 0) void Promise.resolve().then(() => emit(target, listeners));
              listeners.set(event, listener);
              return stream;
            },
          };
          return stream;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function emit(subset: { encode(): Uint8Array }, listeners: ReadonlyMap<string, Listener>): void {
  let bytes: Uint8Array;
  try {
    bytes = subset.encode();
  } catch (error) {
    listeners.get('error')?.(error);
    return;
  }
  listeners.get('data')?.(bytes);
  listeners.get('end')?.();
}
