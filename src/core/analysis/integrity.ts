/**
 * Integrity findings (domain.md §4.1): flows that touch closed enterprises,
 * flows of materials the ends do not declare, and enterprises that ship or
 * receive more than they declare.
 */
import type { AnalysisContext } from './context.ts';
import { findingId, type Finding } from './finding.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { actorName, formatQuantity, materialName } from './text.ts';

/** Hand-entered data rounds; 0.1 % over the declaration is not worth a finding. */
const ALLOCATION_TOLERANCE = 1.001;

export function findIntegrityProblems(context: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  const { index } = context;

  for (const { flow, material } of context.flows) {
    if (flow.status === 'potential') continue;
    for (const end of [flow.from, flow.to]) {
      if (index.enterprises.get(end)?.status !== 'closed') continue;
      findings.push({
        id: findingId('flow-closed-enterprise', flow.id, end),
        kind: 'flow-closed-enterprise',
        severity: 'high',
        enterprises: [end],
        materials: [material.id],
        flows: [flow.id],
        reason: inBothLanguages((l) =>
          message(l, 'finding:flowClosedEnterprise', {
            flow: flow.id,
            material: materialName(context, material.id, l),
            enterprise: actorName(context, end, l),
          }),
        ),
      });
    }
    // A structural exchange (no quantity) is not held to declared streams: an exchange list declares none
    // (validation says so once, in its summary warning).
    if (flow.quantity === undefined) continue;
    const checks = [
      { who: flow.from, declared: context.outputs.get(flow.from), role: 'sender' as const },
      { who: flow.to, declared: context.inputs.get(flow.to), role: 'receiver' as const },
    ];
    for (const { who, declared, role } of checks) {
      if (!declared) continue; // boundary actor
      const accepts =
        declared.has(material.id) || (role === 'receiver' && context.capacities.get(who)?.has(material.id));
      if (accepts) continue;
      findings.push({
        id: findingId('flow-undeclared-material', flow.id, role),
        kind: 'flow-undeclared-material',
        severity: 'low',
        enterprises: [who],
        materials: [material.id],
        flows: [flow.id],
        reason: inBothLanguages((l) =>
          message(l, `finding:undeclaredMaterial_${role}`, {
            enterprise: actorName(context, who, l),
            material: materialName(context, material.id, l),
          }),
        ),
      });
    }
  }

  for (const enterprise of context.model.enterprises) {
    for (const side of ['outputs', 'inputs'] as const) {
      const declared = context[side].get(enterprise.id) ?? new Map<string, number>();
      const flows = side === 'outputs' ? context.flowsFrom.get(enterprise.id) : context.flowsTo.get(enterprise.id);
      const totals = new Map<string, { quantity: number; flows: string[] }>();
      for (const f of flows ?? []) {
        // Committed flows of the scope: a planned flow counts only with planned items, and not beside the flow it replaces.
        if (!f.current) continue;
        const t = totals.get(f.material.id) ?? { quantity: 0, flows: [] };
        totals.set(f.material.id, { quantity: t.quantity + f.quantity, flows: [...t.flows, f.flow.id] });
      }
      for (const [materialId, total] of totals) {
        const amount = declared.get(materialId);
        if (amount === undefined || total.quantity <= amount * ALLOCATION_TOLERANCE) continue;
        const unit = index.materials.get(materialId)?.unit ?? '';
        const excess = total.quantity - amount;
        findings.push({
          id: findingId('over-allocation', enterprise.id, side, materialId),
          kind: 'over-allocation',
          severity: 'medium',
          enterprises: [enterprise.id],
          materials: [materialId],
          flows: total.flows,
          quantity: excess,
          unit,
          reason: inBothLanguages((l) =>
            message(l, `finding:overAllocation_${side}`, {
              enterprise: actorName(context, enterprise.id, l),
              material: materialName(context, materialId, l),
              quantity: formatQuantity(total.quantity, unit, l),
              declared: formatQuantity(amount, unit, l),
            }),
          ),
        });
      }
    }
  }
  return findings;
}
