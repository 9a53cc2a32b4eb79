/**
 * Namespace `finding`: the findings' sentences: broken links, coupling gaps, open ends, capacity, structure, in both
 * languages, grouped by the analysis file that says them. Glossary terms are nested (`$t(glossary:…)`); names and
 * quantities arrive formatted in the sentence's language.
 */
import type { BilingualMessage } from '../language.ts';

export const FINDING_MESSAGES = {
  // presentation.ts: the section title of each finding kind (FINDING_KINDS)
  titleUnmetDemand: { zh: '$t(glossary:unmetDemand)', en: 'Unmet demand' },
  titleBrokenLink: { zh: '$t(glossary:brokenLink)', en: 'Broken links' },
  titleChainShippedOut: { zh: '链内耦合断开', en: 'Chain stages shipped out' },
  titleSinglePerformer: { zh: '单点环节(宜$t(glossary:chainStrengthening))', en: 'Single-performer stages' },
  titleInHouseChain: { zh: '厂内一体化环节', en: 'In-house chain steps' },
  titleChainExtension: { zh: '$t(glossary:chainExtension)机会', en: 'Chain extension candidates' },
  titleOpenEnd: { zh: '未利用的$t(glossary:byProduct)与废物', en: 'Unused by-products and wastes' },
  titleOpenEnergy: { zh: '未回收的$t(glossary:wasteHeat)', en: 'Unrecovered waste energy' },
  titleOpenWater: { zh: '未回用的排水', en: 'Water discharged without reuse' },
  titleCouplingMatch: { zh: '供需未对接', en: 'Unlinked supply and demand' },
  titleStructuralMatch: { zh: '潜在对接(基于交换结构)', en: 'Possible exchanges (from the structure)' },
  titleWeakCoupling: { zh: '集群间$t(glossary:couplingGap)', en: 'Coupling gaps between clusters' },
  titleCapacityMissing: { zh: '缺少处置利用能力', en: 'No treatment capacity' },
  titleCapacityShortfall: { zh: '能力不足', en: 'Capacity shortfalls' },
  titleCapacityIdle: { zh: '能力闲置而废物外送', en: 'Capacity idle while waste leaves' },
  titleCapacityUnderused: { zh: '能力富余', en: 'Spare capacity' },
  titleCriticalEnterprise: { zh: '关键企业(关停影响大)', en: 'Critical enterprises' },
  titleArticulationPoint: { zh: '$t(glossary:articulationPoint)', en: 'Articulation-point enterprises' },
  titleFlowClosedEnterprise: { zh: '连接关停企业的物质流', en: 'Flows of closed enterprises' },
  titleFlowUndeclaredMaterial: { zh: '未申报的物料', en: 'Undeclared materials' },
  titleOverAllocation: { zh: '超出申报量', en: 'Beyond declared quantities' },
  // integrity.ts
  flowClosedEnterprise: {
    zh: '物质流 {{flow}}({{material}})连接的企业「{{enterprise}}」已关停,这条交换已中断。',
    en: 'Flow {{flow}} ({{material}}) connects {{enterprise}}, which is closed, so this exchange is broken.',
  },
  undeclaredMaterial_sender: {
    zh: '「{{enterprise}}」送出{{material}},但其产出清单中没有这种物料。',
    en: '{{enterprise}} sends {{material}} but does not list it among its outputs.',
  },
  undeclaredMaterial_receiver: {
    zh: '「{{enterprise}}」接收{{material}},但其投入清单中没有这种物料。',
    en: '{{enterprise}} receives {{material}} but does not list it among its inputs.',
  },
  overAllocation_outputs: {
    zh: '「{{enterprise}}」的物质流共送出 {{quantity}} {{material}},多于其申报产量 {{declared}}。',
    en: "{{enterprise}}'s flows ship {{quantity}} of {{material}}, more than the {{declared}} it declares producing.",
  },
  overAllocation_inputs: {
    zh: '「{{enterprise}}」的物质流共接收 {{quantity}} {{material}},多于其申报用量 {{declared}}。',
    en: "{{enterprise}}'s flows deliver {{quantity}} of {{material}}, more than the {{declared}} it declares using.",
  },
  // openEnds.ts
  openEnd: {
    zh: '「{{enterprise}}」产生的{{material}}{{code}} {{quantity}} 在园区内没有用户:{{where}}{{takers}}{{park}}。',
    en: "{{enterprise}}'s {{quantity}} of {{material}}{{code}} has no user in the park: {{where}}{{takers}}{{park}}.",
  },
  openEnergy: {
    zh: '「{{enterprise}}」的{{material}} {{quantity}} 未经回收直接散失{{unknown}}{{takers}}。',
    en: "{{quantity}} of {{enterprise}}'s {{material}} is dissipated without recovery{{unknown}}{{takers}}.",
  },
  openWater: {
    zh: '「{{enterprise}}」的{{material}} {{quantity}} 直接排放、未回用{{unknown}}{{takers}}。',
    en: "{{quantity}} of {{enterprise}}'s {{material}} is discharged without reuse{{unknown}}{{takers}}.",
  },
  unaccountedPart: {
    zh: '(其中 {{quantity}} $t(glossary:unaccounted))',
    en: ' ({{quantity}} of it $t(glossary:unaccounted))',
  },
  // openEnds.ts: where the open quantity goes (placementClause)
  placement_disposal: { zh: '{{quantity}} 送$t(glossary:disposal)', en: '{{quantity}} to $t(glossary:disposal)' },
  placement_market: { zh: '{{quantity}} $t(glossary:soldOut)', en: '{{quantity}} $t(glossary:soldOut)' },
  placement_proposed: {
    zh: '{{quantity}} 有规划或潜在去向(尚未落实)',
    en: '{{quantity}} with a planned or potential outlet (not yet real)',
  },
  placement_unaccounted: { zh: '{{quantity}} $t(glossary:unaccounted)', en: '{{quantity}} $t(glossary:unaccounted)' },
  placement_disposalUnmeasured: {
    zh: '送$t(glossary:disposal)(数量未给出)',
    en: 'sent to $t(glossary:disposal) (quantity not given)',
  },
  placement_marketUnmeasured: {
    zh: '$t(glossary:soldOut)(数量未给出)',
    en: '$t(glossary:soldOut) (quantity not given)',
  },
  placement_proposedUnmeasured: {
    zh: '有规划或潜在去向(数量未给出)',
    en: 'a planned or potential outlet (quantity not given)',
  },
  unmetDemand: {
    zh: '「{{enterprise}}」需要的{{material}}中有 {{quantity}} 没有园区内供应,而{{material}}无法从园区外购入($t(glossary:unmetDemand))。',
    en: '{{quantity}} of the {{material}} {{enterprise}} needs has no supplier in the park, and {{material}} cannot be bought from outside ($t(glossary:unmetDemand)).',
  },
  /** A hazardous waste's code (openEnds.ts, capacityFindings.ts). */
  hazardousCode: { zh: '($t(glossary:hazardousWaste) {{code}})', en: ' (hazardous, {{code}})' },
  // couplingFindings.ts
  /** A named enterprise with a note on it (a coupling candidate, a structural taker). */
  nameWithNote: { zh: '「{{name}}」({{note}})', en: '{{name}} ({{note}})' },
  candidateBoughtIn: { zh: '$t(glossary:boughtIn) {{quantity}}', en: 'buys {{quantity}} from outside' },
  candidateNeeds: { zh: '需 {{quantity}}', en: 'needs {{quantity}}' },
  candidateDistance: { zh: '约 {{km}} 公里', en: 'about {{km}} km' },
  unknownReach: { zh: ';距离未知,需核实管网能否到达', en: '; distances unknown: check the pipe network reaches' },
  candidates: {
    zh: '园区内{{names}}有需求,可对接 {{quantity}}{{unknownReach}}',
    en: '{{names}} in the park could take {{quantity}}{{unknownReach}}',
  },
  offerSoldOut: { zh: '($t(glossary:soldOut) {{quantity}})', en: ' ({{quantity}} $t(glossary:soldOut))' },
  couplingMatch: {
    zh: '「{{supplier}}」的{{material}}在园区内有富余{{soldOut}},{{candidates}}。',
    en: '{{supplier}} has {{material}} to spare in the park{{soldOut}}; {{candidates}}.',
  },
  weakCoupling: {
    zh: '「{{from}}」与「{{to}}」之间没有任何物质交换,但前者富余、后者需要的物料有 {{n}} 种({{materials}})。',
    en: '{{from}} sends nothing to {{to}}, yet {{n}} materials that the first has to spare the second needs ({{materials}}).',
  },
  // structuralGaps.ts
  evidenceToDisposal: { zh: '目前送$t(glossary:disposal)', en: 'now sent to $t(glossary:disposal)' },
  evidenceToMarket: { zh: '目前外售出园', en: 'now $t(glossary:soldOut)' },
  evidenceResidue: { zh: '属副产品、废物或余能余水', en: 'a residue or utility' },
  evidenceSameCluster: { zh: '同一集群', en: 'same cluster' },
  evidenceCatalogue: { zh: '工艺目录中有利用技术', en: 'a catalogue technology uses it' },
  evidenceCategory: { zh: '属{{category}}', en: 'a {{category}}' },
  evidence: { zh: '依据:{{evidence}}', en: ' Evidence: {{evidence}}' },
  nowTaker: { zh: '目前只供给「{{taker}}」一家', en: 'now goes to {{taker}} alone' },
  nowLeaves: { zh: '目前{{where}}', en: 'is now {{where}}' },
  nowDisposal: { zh: '送$t(glossary:disposal)', en: 'sent to $t(glossary:disposal)' },
  nowMarket: { zh: '外售出园', en: '$t(glossary:soldOut)' },
  quotedName: { zh: '「{{name}}」', en: '{{name}}' },
  structuralMatch: {
    zh: '「{{supplier}}」的{{material}}{{now}},而{{takers}}的{{material}}全部从园区外购入,可考虑就地对接。{{evidence}}(依据交换结构,未给出数量)。',
    en: "{{supplier}}'s {{material}} {{now}}, while {{takers}} buys all of its {{material}} from outside the park: a possible exchange.{{evidence}} (from the structure; no quantities given).",
  },
  structuralMatchSeveral: {
    zh: '「{{supplier}}」的{{material}}{{now}},而{{takers}}的{{material}}全部从园区外购入,可考虑就地对接。{{evidence}}(依据交换结构,未给出数量)。',
    en: "{{supplier}}'s {{material}} {{now}}, while {{takers}} buy all of their {{material}} from outside the park: a possible exchange.{{evidence}} (from the structure; no quantities given).",
  },
  // capacityFindings.ts
  capacityRoom: {
    zh: '园区内$t(glossary:utilisationCapacity)尚有空余({{plants}}),可就地消纳',
    en: 'plants in the park have room for it ({{plants}})',
  },
  capacityShort: {
    zh: '园区内$t(glossary:utilisationCapacity)只余 {{spare}},仍缺 {{short}}',
    en: "the park's plants have only {{spare}} to spare, {{short}} short",
  },
  leaves: { zh: '送园区外$t(glossary:disposal)', en: 'leaves the park for $t(glossary:disposal)' },
  leavesOrUnaccounted: {
    zh: '送园区外$t(glossary:disposal)或$t(glossary:unaccounted)($t(glossary:unaccounted) {{quantity}})',
    en: 'leaves the park for $t(glossary:disposal) or is $t(glossary:unaccounted) ({{quantity}} unaccounted)',
  },
  capacityMissing: {
    zh: '园区产生的 {{quantity}} {{material}}{{hazardous}}{{leaves}},园区内没有处置或利用能力。',
    en: '{{quantity}} of {{material}}{{hazardous}} {{leaves}}; the park has no capacity to treat or use it.',
  },
  spareSome: {
    zh: '园区内尚余$t(glossary:utilisationCapacity) {{spare}}({{plants}})',
    en: "the park's plants have {{spare}} to spare ({{plants}})",
  },
  spareNone: {
    zh: '园区内 {{capacity}} 的$t(glossary:utilisationCapacity)已满负荷',
    en: "the park's {{capacity}} of capacity is full",
  },
  capacityShortfall: {
    zh: '园区产生的 {{quantity}} {{material}}{{hazardous}}{{leaves}},{{spare}},仍缺 {{gap}}。',
    en: '{{quantity}} of {{material}}{{hazardous}} {{leaves}}; {{spare}}, leaving {{gap}} without capacity.',
  },
  capacityIdle: {
    zh: '园区产生的 {{quantity}} {{material}}{{hazardous}}仍{{leaves}},而园区内$t(glossary:utilisationCapacity)尚有空余({{plants}}),可就地消纳。',
    en: '{{quantity}} of {{material}}{{hazardous}} still {{leaves}} while plants in the park have room for it ({{plants}}).',
  },
  underusedSupply: {
    zh: '「{{enterprise}}」{{material}}$t(glossary:sellableCapacity) {{capacity}},实际供出 {{load}}({{percent}}%),尚可向园区企业多供 {{spare}}。',
    en: '{{enterprise}} can sell {{capacity}} of {{material}} and delivers {{load}} ({{percent}}%): {{spare}} more is available to park enterprises.',
  },
  underusedTreatment: {
    zh: '「{{enterprise}}」{{material}}$t(glossary:utilisationCapacity) {{capacity}},实际接收 {{load}}{{detail}},负荷 {{percent}}%,尚可接收 {{spare}}。',
    en: '{{enterprise}} can take {{capacity}} of {{material}} and takes {{load}}{{detail}}, {{percent}}% of capacity: {{spare}} is spare.',
  },
  loadFromPark: { zh: '园区企业送来 {{quantity}}', en: '{{quantity}} from park partners' },
  loadBoughtIn: { zh: '$t(glossary:boughtIn) {{quantity}}', en: '{{quantity}} $t(glossary:boughtIn)' },
  loadInHouse: { zh: '$t(glossary:inHouse) {{quantity}}', en: '{{quantity}} in-house' },
  // chainIntegrity.ts
  brokenLink: {
    zh: '「{{chain}}」$t(glossary:brokenLink):园区内没有运营企业把{{from}}加工成{{to}}{{fix}}。',
    en: 'The {{chain}} chain is broken: no operating enterprise in the park turns {{from}} into {{to}}{{fix}}.',
  },
  brokenLinkFix: {
    zh: ',可由工艺目录中的 {{n}} 项技术$t(glossary:gapFilling)',
    en: '; {{n}} catalogue technologies could fill it',
  },
  singlePerformer: {
    zh: '「{{chain}}」中{{from}}→{{to}}只有「{{enterprise}}」一家在做,它一停产整条链就断(宜$t(glossary:chainStrengthening))。',
    en: 'In the {{chain}} chain only {{enterprise}} turns {{from}} into {{to}}; if it stops, the chain breaks.',
  },
  chainShippedOut: {
    zh: '「{{chain}}」耦合断开:园区生产的{{material}}外运出园,而下一环节的企业却从园区外购入,{{amount}}{{takers}}。',
    en: 'The {{chain}} chain is decoupled: {{material}} made in the park is shipped out while the next stage buys it from outside; {{amount}}{{takers}}.',
  },
  stayInPark: { zh: '可就地衔接约 {{quantity}}', en: 'about {{quantity}} could stay in the park' },
  stayInParkUnmeasured: { zh: '可就地衔接(数量未给出)', en: 'it could stay in the park (quantity not given)' },
  inHouseChain: {
    zh: '「{{chain}}」中 {{steps}} 在「{{enterprise}}」厂内一体化完成(厂内$t(glossary:industrialChain))。',
    en: 'In the {{chain}} chain, {{steps}} are done in-house by the integrated firm {{enterprise}}.',
  },
  inHouseChainOne: {
    zh: '「{{chain}}」中 {{steps}} 在「{{enterprise}}」厂内一体化完成(厂内$t(glossary:industrialChain))。',
    en: 'In the {{chain}} chain, {{steps}} is done in-house by the integrated firm {{enterprise}}.',
  },
  chainExtension: {
    zh: '「{{chain}}」可$t(glossary:chainExtension):工艺目录中有 {{n}} 项技术以{{stage}}为原料({{technologies}})。',
    en: 'The {{chain}} chain can be extended: {{n}} catalogue technologies take {{stage}} further ({{technologies}}).',
  },
  // structureFindings.ts
  articulationPoint: {
    zh: '「{{enterprise}}」是$t(glossary:articulationPoint):它一旦停产,交换网络会断成 {{pieces}} 块。',
    en: '{{enterprise}} holds the exchange network together: without it the network falls into {{pieces}} pieces.',
  },
  closureLoss: { zh: '{{material}} {{amount}}({{who}})', en: '{{amount}} of {{material}} ({{who}})' },
  closureUnmet: {
    zh: '{{losses}}无处可得($t(glossary:unmetDemand))',
    en: '{{losses}} would have no supply ($t(glossary:unmetDemand))',
  },
  closureStranded: {
    zh: '{{losses}}失去园区内唯一的去向,只能外送或排放',
    en: '{{losses}} would lose its only outlet in the park',
  },
  closureChain: {
    zh: '{{n}} 条$t(glossary:industrialChain)$t(glossary:brokenLink)',
    en: '{{n}} chain would break',
  },
  closureChains: {
    zh: '{{n}} 条$t(glossary:industrialChain)$t(glossary:brokenLink)',
    en: '{{n}} chains would break',
  },
  closureDependant: {
    zh: '{{n}} 家企业失去唯一的园区内供应或去向',
    en: '{{n}} enterprise would lose its only internal supplier or outlet',
  },
  closureDependants: {
    zh: '{{n}} 家企业失去唯一的园区内供应或去向',
    en: '{{n}} enterprises would lose their only internal supplier or outlet',
  },
  closureSeparator: { zh: ',', en: '; ' },
  criticalEnterprise: {
    zh: '若「{{enterprise}}」关停:{{consequences}}。',
    en: 'If {{enterprise}} closed: {{consequences}}.',
  },
  // findingSources.ts
  sources: { zh: '出处:{{names}}', en: 'Documented in: {{names}}' },
  /** 等 N 处 counts every source, "and N more" the ones not named (the catalogue test lets the two differ). */
  sourcesAndMore: { zh: '出处:{{names}} 等 {{total}} 处', en: 'Documented in: {{names}} and {{more}} more' },
} as const satisfies Record<string, BilingualMessage>;
