import { describe, expect, it, vi } from 'vitest';
import { EDGE_WIDTH, edgeWidth, scaledQuantity } from '../../../src/app/network/appearance.ts';

// Sigma's programs read WebGL constants when they load (nothing is drawn here; the e2e tests draw).
vi.hoisted(() => {
  const constants = new Proxy({}, { get: () => 0 });
  Object.assign(globalThis, { WebGL2RenderingContext: constants, WebGLRenderingContext: constants });
});
const { createEdgeArrowHeadProgram, createEdgeClampedProgram } = await import('sigma/rendering');
const { createEdgeCurveProgram } = await import('@sigma/edge-curve');
const { encodedWidth, rescaleKeptWidths, scaledWidths, scaledWidthShader, widthPerLog, WIDTH_READS } =
  await import('../../../src/app/network/scaledWidths.ts');

/** The shader's `flowWidth`, step by step in JavaScript (the e2e tests check the pictures it draws). */
function decoded(encoded: number, maxQuantity: number): number {
  if (encoded < 100) return encoded;
  return EDGE_WIDTH.min + Math.min(EDGE_WIDTH.max - EDGE_WIDTH.min, (encoded - 100) * widthPerLog(maxQuantity));
}

describe('widths that follow the widest flow in the shader', () => {
  it('decode to what edgeWidth gives, at any scale; fixed widths pass through', () => {
    for (const maxQuantity of [1, 9.5, 10_010, 123_456, 3.2e9])
      for (const quantity of [0.001, 1, 7.25, 500, 10_010, 123_456, 3.2e9]) {
        const line = { size: edgeWidth(quantity, maxQuantity), scaledQuantity: scaledQuantity(quantity) };
        // A bundle's total can pass the widest single flow: drawn at the widest width, as edgeWidth caps it.
        expect(decoded(encodedWidth(line), maxQuantity)).toBeCloseTo(edgeWidth(quantity, maxQuantity), 9);
      }
    for (const quantity of [null, 0, -3]) {
      const line = { size: edgeWidth(quantity, 100), scaledQuantity: scaledQuantity(quantity) };
      expect(line.scaledQuantity).toBeNull();
      expect(encodedWidth(line)).toBe(line.size);
      expect(decoded(encodedWidth(line), 100)).toBe(line.size);
    }
    // A park with no quantity above zero: nothing is encoded, and the scale is harmless.
    expect(widthPerLog(0)).toBe(0);
  });

  it('patch the vertex shaders sigma ships at the one place each reads a width', () => {
    const programs = [
      [createEdgeClampedProgram(), WIDTH_READS.clamped],
      [createEdgeArrowHeadProgram(), WIDTH_READS.arrowHead],
      [createEdgeCurveProgram(), WIDTH_READS.curve],
    ] as const;
    // `getDefinition` reads nothing of its program: called on the prototypes, no WebGL context is needed.
    const definition = (Program: { prototype: object }) =>
      (
        Program.prototype as {
          getDefinition(): { VERTEX_SHADER_SOURCE: string; FRAGMENT_SHADER_SOURCE: string; UNIFORMS: string[] };
        }
      ).getDefinition.call({});
    for (const [Program, read] of programs) {
      const original = definition(Program);
      const patched = definition(scaledWidths(Program, read));
      expect(patched.UNIFORMS).toEqual([...original.UNIFORMS, 'u_widthPerLog']);
      const source = patched.VERTEX_SHADER_SOURCE;
      expect(source).toContain('uniform float u_widthPerLog;');
      expect(source).toContain(read.replace);
      expect(source.indexOf('float flowWidth(float encoded)')).toBeLessThan(source.indexOf('void main()'));
      // Nothing else changed: the additions taken out give sigma's shader back.
      const declarations = source.slice(
        source.indexOf('\nuniform float u_widthPerLog;'),
        source.indexOf('void main()'),
      );
      expect(source.replace(declarations, '').replace(read.replace, read.find)).toBe(original.VERTEX_SHADER_SOURCE);
      expect(patched.FRAGMENT_SHADER_SOURCE).toBe(original.FRAGMENT_SHADER_SOURCE);
    }
  });

  it('refuse a shader that no longer reads a width where it did (a sigma upgrade)', () => {
    expect(() => scaledWidthShader('void main() { gl_Position = vec4(0.0); }', WIDTH_READS.curve)).toThrow(
      /a_thickness \/ u_sizeRatio/,
    );
    const twice = 'void main() { float a = a_thickness / u_sizeRatio; float b = a_thickness / u_sizeRatio; }';
    expect(() => scaledWidthShader(twice, WIDTH_READS.curve)).toThrow(/exactly once/);
  });

  it('hand the program the encoded width while it processes a line, and give the line its pixels back', () => {
    const seen: number[] = [];
    class Recorder {
      getDefinition() {
        return { VERTEX_SHADER_SOURCE: 'void main() { a_thickness / u_sizeRatio; }', UNIFORMS: [] as string[] };
      }
      processVisibleItem(_edge: number, _start: number, _source: unknown, _target: unknown, data: { size: number }) {
        seen.push(data.size);
      }
      setUniforms() {}
    }
    const Scaled = scaledWidths(Recorder, WIDTH_READS.curve);
    const program = new Scaled() as unknown as Recorder;
    const scaled = { size: edgeWidth(500, 10_010), scaledQuantity: 500 };
    const fixed = { size: 1.6, scaledQuantity: null };
    program.processVisibleItem(0, 0, {}, {}, scaled);
    program.processVisibleItem(1, 9, {}, {}, fixed);
    expect(seen).toEqual([100 + Math.log1p(500), 1.6]);
    expect([scaled.size, fixed.size]).toEqual([edgeWidth(500, 10_010), 1.6]);
  });

  it('set the widths sigma keeps to the new scale where it draws line labels, leaving fixed ones', () => {
    const kept: Record<string, { size: number; scaledQuantity: number | null }> = {
      a: { size: edgeWidth(500, 10_010), scaledQuantity: 500 },
      b: { size: 1.6, scaledQuantity: null },
      c: { size: edgeWidth(10_010, 10_010), scaledQuantity: 10_010 },
    };
    const before = structuredClone(kept);
    const graph = {
      getAttribute: () => 123_456,
      forEachEdge: (each: (id: string) => void) => ['a', 'b', 'c', 'not-kept'].forEach(each),
    };
    const renderer = (labels: boolean) =>
      ({ edgeDataCache: kept, getGraph: () => graph, getSetting: () => labels }) as unknown as Parameters<
        typeof rescaleKeptWidths
      >[0];
    // No line labels drawn: nothing reads them, nothing is done.
    rescaleKeptWidths(renderer(false));
    expect(kept).toEqual(before);
    rescaleKeptWidths(renderer(true));
    expect(kept).toEqual({
      a: { size: edgeWidth(500, 123_456), scaledQuantity: 500 },
      b: { size: 1.6, scaledQuantity: null },
      c: { size: edgeWidth(10_010, 123_456), scaledQuantity: 10_010 },
    });
  });
});
