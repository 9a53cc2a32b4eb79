/**
 * The analyses' words and sentences (namespace `analysis`), in both
 * languages: figures that cannot be given, closure losses, table corners. Findings'
 * sentences are the namespace `finding`, network figures `network`,
 * gap-filling projects `project`.
 */
import type { BilingualMessage } from '../language.ts';

export const ANALYSIS_MESSAGES = {
  // text.ts: lost flows that give no quantity
  unmeasuredLink: { zh: '{{n}} 条无数量的物质流', en: '{{n}} flow without a quantity' },
  unmeasuredLinks: { zh: '{{n}} 条无数量的物质流', en: '{{n}} flows without a quantity' },
  // presentation.ts: a headline figure that cannot be given
  noneRecorded: { zh: '无记录(没有此类物质流)', en: 'none recorded (no such flow)' },
  unknownUndeclared: { zh: '未知(企业均未申报产出)', en: 'unknown (no enterprise declares its outputs)' },
  unknownUnmeasured: { zh: '未知(物质流均未给出数量)', en: 'unknown (no flow gives a quantity)' },
  // capacityFindings.ts
  noCapacity: { zh: '园区内没有该物料的处置或利用能力', en: 'the park has no capacity to treat or use it' },
  // resilience.ts: what a closure loses
  reroutedUnmeasured: { zh: '{{n}} 条无数量', en: '{{n}} without a quantity' },
  unmeasuredFlow: { zh: '{{n}} 条物质流(数量未给出)', en: '{{n}} flow (quantity not given)' },
  unmeasuredFlows: { zh: '{{n}} 条物质流(数量未给出)', en: '{{n}} flows (quantity not given)' },
  quantityPlus: { zh: '{{quantity}} 及另 {{flows}}', en: '{{quantity}} plus {{flows}}' },
  usersOutside: { zh: '园区外用户', en: 'users outside the park' },
  // network/clusterExchange.ts
  clusterMatrixCorner: { zh: '供出 \\ 接收', en: 'from \\ to' },
} as const satisfies Record<string, BilingualMessage>;
