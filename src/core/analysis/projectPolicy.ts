/**
 * Admission (准入): whether the park's declared policy (park.policy) admits
 * a candidate project — its negative list (负面清单, by GB/T 4754-2017
 * industry code or by technology) and its caps on a new project's energy or
 * electricity use. A candidate that breaks it is excluded from the ranking
 * and listed with the reason.
 */
import type { Technology } from '../catalogue/schema.ts';
import { localize } from '../model/labels.ts';
import type { BilingualMessage } from '../model/problems.ts';
import type { ParkPolicy } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';
import type { ProjectEffects } from './projectEffects.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { formatQuantity } from './text.ts';

export interface PolicyVerdict {
  readonly admitted: boolean;
  /** The rules it breaks, each in plain words. */
  readonly reasons: readonly BilingualMessage[];
  /** Ids of the negative-list entries and caps it breaks. */
  readonly rules: readonly string[];
}

/** The negative list only needs the technology; check it before sizing anything. */
export function negativeListVerdict(policy: ParkPolicy | undefined, technology: Technology): PolicyVerdict {
  const reasons: BilingualMessage[] = [];
  const rules: string[] = [];
  for (const entry of policy?.negativeList ?? []) {
    const industry = technology.industry;
    const byIndustry =
      industry !== undefined &&
      (entry.industries ?? []).some((code) => industry.startsWith(code)) &&
      !(entry.exceptIndustries ?? []).some((code) => industry.startsWith(code));
    const byTechnology = (entry.technologies ?? []).includes(technology.id);
    if (!byIndustry && !byTechnology) continue;
    rules.push(entry.id);
    reasons.push(
      inBothLanguages((l) =>
        message(l, 'project:negativeList', {
          rule: localize(entry.name, l),
          why: byIndustry
            ? message(l, 'project:listedIndustry', { code: technology.industry ?? '' })
            : message(l, 'project:listedTechnology'),
        }),
      ),
    );
  }
  return { admitted: rules.length === 0, reasons, rules };
}

/** Caps on a new project's yearly energy use (in any energy unit) or electricity demand. */
export function capsVerdict(policy: ParkPolicy | undefined, effects: ProjectEffects): PolicyVerdict {
  const reasons: BilingualMessage[] = [];
  const rules: string[] = [];
  for (const cap of policy?.caps ?? []) {
    const used =
      cap.quantity === 'electricity'
        ? convertQuantity(effects.electricityUse, 'MWh/a', cap.unit)
        : convertQuantity(effects.energyUse, 'tce/a', cap.unit);
    if (used === undefined || used <= cap.max) continue;
    rules.push(cap.id);
    reasons.push(
      inBothLanguages((l) =>
        message(l, 'project:overCap', {
          cap: localize(cap.name, l),
          used: formatQuantity(used, cap.unit, l),
          max: formatQuantity(cap.max, cap.unit, l),
        }),
      ),
    );
  }
  return { admitted: rules.length === 0, reasons, rules };
}
