import { describe, expect, it } from 'vitest';
import { contextInScope, createAnalysisContext } from '../../../src/core/analysis/context.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

describe('contextInScope', () => {
  const park = fourEnterprisePark();
  const today = createAnalysisContext(park);

  it('is the context itself in its own scope', () => {
    expect(contextInScope(today, 'today')).toBe(today);
  });

  it('counts the planned items in the other scope, on the same model index', () => {
    const planned = contextInScope(today, 'with-planned');
    expect(planned).toEqual(createAnalysisContext(park, { scope: 'with-planned' }));
    expect(planned.index).toBe(today.index);
    expect(planned.flows.filter((f) => f.current).length).toBeGreaterThan(today.flows.filter((f) => f.current).length);
  });

  it('is the same context, relabelled, when the model holds no planned items', () => {
    const built = { ...park, flows: park.flows.filter((f) => f.status !== 'planned') };
    const context = createAnalysisContext(built);
    const planned = contextInScope(context, 'with-planned');
    expect(planned.scope).toBe('with-planned');
    expect(planned).toEqual(createAnalysisContext(built, { scope: 'with-planned' }));
  });
});
