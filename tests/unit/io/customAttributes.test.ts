/**
 * Custom attributes (`attributes`: text, numbers and booleans by name) on
 * materials, enterprises and flows: where imports keep what other tools
 * write and no field takes (docs/formats.md). Schema version 1 already has
 * them, so imports needed no schema change.
 */
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../src/core/model/validate.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

describe('custom attributes', () => {
  it('are accepted on materials, enterprises and flows and kept as they are', () => {
    const park = fourEnterprisePark();
    park.materials[0]!.attributes = { 'Modularity Class': 3, lowSulphur: true };
    park.enterprises[0]!.attributes = { sector: 'energy', capacity_MW: 48, 'In-Degree': 0 };
    park.flows[0]!.attributes = { interaction: 'pp', selected: false };
    const result = validateModel(park);
    expect(result.ok && result.model.enterprises[0]?.attributes).toEqual({
      sector: 'energy',
      capacity_MW: 48,
      'In-Degree': 0,
    });
    expect(result.ok && result.model.flows[0]?.attributes).toEqual({ interaction: 'pp', selected: false });
  });

  it('reject nested values, non-finite numbers and overlong names, at their path', () => {
    const park = fourEnterprisePark() as unknown as { enterprises: { attributes?: unknown }[] };
    park.enterprises[0]!.attributes = {
      nested: { a: 1 },
      list: [1],
      big: Number.POSITIVE_INFINITY,
      ['k'.repeat(129)]: 1,
    };
    const result = validateModel(park);
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.errors.map((e) => e.path.join('.')) : [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'enterprises.0.attributes.nested',
        'enterprises.0.attributes.list',
        'enterprises.0.attributes.big',
      ]),
    );
    expect(paths.some((p) => p.startsWith('enterprises.0.attributes'))).toBe(true);
  });
});
