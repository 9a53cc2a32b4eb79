/**
 * The part of fontkit 2 (which ships no type declarations) that the PDF
 * export uses: opening a font or a collection (TTC) from bytes.
 */
declare module 'fontkit' {
  export interface FontkitFont {
    readonly postscriptName: string;
    readonly familyName: string;
    createSubset(): FontkitSubset;
  }
  export interface FontkitSubset {
    encode(): Uint8Array;
  }
  export interface FontkitCollection {
    readonly fonts: readonly FontkitFont[];
    getFont(postscriptName: string): FontkitFont | null;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection;
}
