/**
 * Line widths that follow the widest flow, worked out by the edge programs'
 * vertex shaders instead of being written into sigma's vertex arrays.
 *
 * A flow's width is relative to the widest flow (appearance.ts' `edgeWidth`),
 * so an edit that makes a new widest flow, or shrinks the widest, changes
 * every line's width. Sigma writes each width into its vertex arrays when it
 * processes a line: at 100 000 flows such an edit processed every line again
 * (0.8 s of the main thread here, 2.7 s with the garbage collection after it).
 * Now a line whose width follows the widest flow carries log(1 + quantity)
 * in its vertex data, above `SCALED_FROM` so the shader can tell it from a
 * fixed width (a structural exchange, a quiet bundle, a flow with nothing to
 * scale), and the shader turns it into pixels with the widest flow's scale,
 * a uniform set at each frame from the display graph's `maxQuantity`. The
 * pixels drawn are the ones `edgeWidth` gives.
 */
import { numberToGLSLFloat, type Program } from 'sigma/rendering';
import type { Renderer } from './createRenderer.ts';
import { EDGE_WIDTH, edgeWidth } from './appearance.ts';

/** Encoded widths start here; every fixed width is far below it (EDGE_WIDTH.max is 6 px). */
const SCALED_FROM = 100;
const UNIFORM = 'u_widthPerLog';

/** What a line gives its program: its width in pixels now, and the quantity that width follows (null: fixed). */
export interface ScaledWidth {
  size: number;
  /** `edgeWidth`'s quantity (above zero) when the width follows the widest flow; null when it is fixed. */
  scaledQuantity?: number | null;
}

/** What the programs write where sigma writes the width: the width itself, or the encoded logarithm. */
export function encodedWidth(line: ScaledWidth): number {
  const quantity = line.scaledQuantity;
  return quantity === null || quantity === undefined ? line.size : SCALED_FROM + Math.log1p(quantity);
}

/** The shader's uniform: pixels of width above the thinnest per unit of log(1 + quantity). */
export function widthPerLog(maxQuantity: number): number {
  return maxQuantity > 0 ? (EDGE_WIDTH.max - EDGE_WIDTH.min) / Math.log1p(maxQuantity) : 0;
}

/** `edgeWidth` in GLSL, reading the encoded value; fixed widths pass through. */
const FLOW_WIDTH_GLSL = `
uniform float ${UNIFORM};

float flowWidth(float encoded) {
  if (encoded < ${numberToGLSLFloat(SCALED_FROM)}) return encoded;
  return ${numberToGLSLFloat(EDGE_WIDTH.min)} + min(
    ${numberToGLSLFloat(EDGE_WIDTH.max - EDGE_WIDTH.min)},
    (encoded - ${numberToGLSLFloat(SCALED_FROM)}) * ${UNIFORM}
  );
}

`;

/** Where each program of ours reads a line's width in its vertex shader, and what it reads instead. */
export const WIDTH_READS = {
  // Sigma's clamped line and its arrow head bake the width into the normal's length: decoded once the unit normal is known.
  clamped: {
    find: 'vec2 unitNormal = normal / normalLength;',
    replace: 'vec2 unitNormal = normal / normalLength;\n  normalLength = flowWidth(normalLength);',
  },
  arrowHead: {
    find: 'vec2 unitNormal = a_normal / normalLength;',
    replace: 'vec2 unitNormal = a_normal / normalLength;\n  normalLength = flowWidth(normalLength);',
  },
  // @sigma/edge-curve passes the width as an attribute of its own.
  curve: { find: 'a_thickness / u_sizeRatio', replace: 'flowWidth(a_thickness) / u_sizeRatio' },
} as const;

type WidthRead = (typeof WIDTH_READS)[keyof typeof WIDTH_READS];

/** `source` with `find` replaced; the one place must be there exactly once (a sigma upgrade that moved it fails loudly). */
function replaceOnce(source: string, find: string, replace: string): string {
  const at = source.indexOf(find);
  if (at < 0 || source.includes(find, at + 1))
    throw new Error(`scaledWidths: expected "${find}" exactly once in the edge program's vertex shader`);
  return source.slice(0, at) + replace + source.slice(at + find.length);
}

/** A vertex shader that reads encoded widths at `read`. */
export function scaledWidthShader(source: string, read: WidthRead): string {
  const declared = replaceOnce(source, 'void main()', `${FLOW_WIDTH_GLSL}void main()`);
  return replaceOnce(declared, read.find, read.replace);
}

type Definition = ReturnType<Program['getDefinition']>;
type ProgramInfo = Program['normalProgram'];

/** The members of sigma's edge programs this wrapper overrides or reads. */
interface EdgeProgramMembers {
  getDefinition(): Definition;
  processVisibleItem(edgeIndex: number, startIndex: number, source: unknown, target: unknown, data: ScaledWidth): void;
  setUniforms(params: unknown, programInfo: ProgramInfo): void;
}

type EdgeProgramClass = new (...args: never[]) => EdgeProgramMembers;

/**
 * `Base` drawing the widths of lines that follow the widest flow from the shader's scale (`read`: where its
 * shader reads a width). The same interface as `Base`: sigma's program types do not declare the members it overrides.
 */
export function scaledWidths<T extends new (...args: never[]) => object>(Base: T, read: WidthRead): T {
  const Program = Base as unknown as EdgeProgramClass;
  class ScaledWidths extends Program {
    override getDefinition(): Definition {
      const definition = super.getDefinition();
      return {
        ...definition,
        VERTEX_SHADER_SOURCE: scaledWidthShader(definition.VERTEX_SHADER_SOURCE, read),
        UNIFORMS: [...definition.UNIFORMS, UNIFORM],
      };
    }

    override processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      source: unknown,
      target: unknown,
      data: ScaledWidth,
    ): void {
      // The program reads `data.size`; the cached data keeps its width in pixels for everything else (labels).
      const size = data.size;
      data.size = encodedWidth(data);
      try {
        super.processVisibleItem(edgeIndex, startIndex, source, target, data);
      } finally {
        data.size = size;
      }
    }

    override setUniforms(params: unknown, programInfo: ProgramInfo): void {
      super.setUniforms(params, programInfo);
      const renderer = (this as unknown as { renderer: Renderer }).renderer;
      programInfo.gl.uniform1f(
        programInfo.uniformLocations[UNIFORM] ?? null,
        widthPerLog(renderer.getGraph().getAttribute('maxQuantity')),
      );
    }
  }
  return ScaledWidths as unknown as T;
}

/**
 * After the widest flow changed without sigma processing every line again: the widths sigma keeps for each line set
 * to what `edgeWidth` gives at the new scale, as the shader draws them. Sigma reads them only to place its curved
 * lines' labels, so where it draws no line labels (the largest parks, createRenderer.ts) they are left: looking up
 * 100 000 lines in sigma's cache took 150 ms, and the next full processing (a new graph) writes them all anyway.
 */
export function rescaleKeptWidths(renderer: Renderer): void {
  if (!renderer.getSetting('renderEdgeLabels')) return;
  // Sigma's own cache of each line's reduced data: `getEdgeDisplayData` hands out copies.
  const kept = (renderer as unknown as { edgeDataCache: Record<string, ScaledWidth | undefined> }).edgeDataCache;
  const graph = renderer.getGraph();
  const maxQuantity = graph.getAttribute('maxQuantity');
  graph.forEachEdge((id) => {
    const line = kept[id];
    if (line && line.scaledQuantity !== null && line.scaledQuantity !== undefined)
      line.size = edgeWidth(line.scaledQuantity, maxQuantity);
  });
}
