import { describe, expect, it } from 'vitest';
import type { ActorNodeAttributes } from '../../../src/core/graph/types.ts';
import {
  EDGE_WIDTH,
  NODE_SIZE,
  edgeWidth,
  nodeSize,
  nodeStyle,
  parallelCurvature,
} from '../../../src/app/network/appearance.ts';
import { BOUNDARY_FILL, CLOSED_FILL, clusterColour, OKABE_ITO } from '../../../src/app/network/palette.ts';

const enterprise = (status: 'operating' | 'planned' | 'candidate' | 'closed'): ActorNodeAttributes => ({
  kind: 'enterprise',
  name: { en: 'A' },
  cluster: 'c',
  role: 'producer',
  status,
});

describe('nodeSize', () => {
  it('keeps small and empty actors visible and caps the largest', () => {
    expect(nodeSize(0, 100)).toBe(NODE_SIZE.min);
    expect(nodeSize(5, 0)).toBe(NODE_SIZE.min);
    expect(nodeSize(100, 100)).toBe(NODE_SIZE.max);
  });
  it('grows with the square root of throughflow', () => {
    const quarter = nodeSize(25, 100) - NODE_SIZE.min;
    expect(quarter).toBeCloseTo((NODE_SIZE.max - NODE_SIZE.min) / 2);
  });
});

describe('edgeWidth', () => {
  it('scales logarithmically between the minimum and maximum width', () => {
    expect(edgeWidth(0, 1000)).toBe(EDGE_WIDTH.min);
    expect(edgeWidth(1000, 1000)).toBe(EDGE_WIDTH.max);
    const small = edgeWidth(10, 1e6);
    const large = edgeWidth(1e5, 1e6);
    expect(small).toBeGreaterThan(EDGE_WIDTH.min);
    expect(large).toBeLessThan(EDGE_WIDTH.max);
    // A 10 000-fold larger flow is not 10 000 times wider.
    expect(large / small).toBeLessThan(5);
  });
});

describe('nodeStyle', () => {
  it('fills operating enterprises with their cluster colour', () => {
    expect(nodeStyle(enterprise('operating'), '#E69F00').color).toBe('#E69F00');
  });
  it('draws planned and candidate enterprises hollow with a ring in the cluster colour', () => {
    for (const status of ['planned', 'candidate'] as const) {
      const style = nodeStyle(enterprise(status), '#E69F00');
      expect(style.color).toBe('#FFFFFF');
      expect(style.borderColor).toBe('#E69F00');
    }
  });
  it('greys out closed enterprises and boundary actors', () => {
    expect(nodeStyle(enterprise('closed'), '#E69F00').color).toBe(CLOSED_FILL);
    const boundary: ActorNodeAttributes = { kind: 'boundary', name: { en: 'Supply' }, boundary: '@supply' };
    expect(nodeStyle(boundary, '').color).toBe(BOUNDARY_FILL);
  });
});

describe('parallelCurvature', () => {
  it('leaves a lone flow straight', () => {
    expect(parallelCurvature(null, null)).toBe(0);
    expect(parallelCurvature(undefined, undefined)).toBe(0);
  });
  it('curves parallel flows symmetrically and the middle one not at all', () => {
    expect(parallelCurvature(0, 1)).toBe(0);
    expect(parallelCurvature(-1, 1)).toBeCloseTo(-parallelCurvature(1, 1));
    expect(parallelCurvature(1, 1)).toBeGreaterThan(0);
  });
  it('spreads larger bundles wider, but with a ceiling', () => {
    expect(parallelCurvature(5, 5)).toBeGreaterThan(parallelCurvature(1, 1));
    expect(parallelCurvature(50, 50)).toBeLessThan(1);
  });
});

describe('clusterColour', () => {
  it("uses the cluster's own colour, else Okabe–Ito by position", () => {
    expect(clusterColour('#123456', 3)).toBe('#123456');
    expect(clusterColour(undefined, 1)).toBe(OKABE_ITO[1]);
    expect(clusterColour(undefined, OKABE_ITO.length)).toBe(OKABE_ITO[0]);
  });
});
