/**
 * What a diagram shows, before layout: plain data with every label already
 * in the chosen language, so layout, SVG and PDF never look at the model.
 */
import type { Language } from '../model/types.ts';

export type DiagramKind = 'chain' | 'material' | 'enterprise';

/**
 * - enterprise: an operating (or other) enterprise of the park;
 * - boundary: `@supply`, `@market` or `@disposal`;
 * - missing: a chain stage nobody in the park performs (缺失环节);
 * - proposal: the gap-filling project overlaid on the diagram (补链项目).
 */
export type DiagramNodeKind = 'enterprise' | 'boundary' | 'missing' | 'proposal';

export interface DiagramNode {
  /** Unique in the diagram (one enterprise may appear in several chain columns). */
  readonly id: string;
  readonly kind: DiagramNodeKind;
  /** The enterprise or boundary id the node stands for; absent for a missing stage. */
  readonly ref?: string;
  readonly label: string;
  /** A smaller second line: the cluster's name, or the transition a missing stage lacks. */
  readonly detail?: string;
  /** Cluster id, for the colour. */
  readonly cluster?: string;
  /** Chain diagrams only: the column, 0 = suppliers of the first stage. */
  readonly layer?: number;
  /** The only operating performer of its chain transition (a single point of failure, 强链). */
  readonly singlePerformer?: boolean;
  /** The enterprise a diagram is centred on. */
  readonly focus?: boolean;
  /** Chain diagrams: supplies or receives a stage's material without performing the column's transition. */
  readonly partner?: boolean;
}

/**
 * - existing: flows with status existing;
 * - planned: planned or potential flows (not yet real);
 * - in-house: one enterprise performing two consecutive chain stages itself;
 * - missing: where a missing stage would connect;
 * - proposal: flows of the overlaid project.
 */
export type DiagramLinkKind = 'existing' | 'planned' | 'in-house' | 'missing' | 'proposal';

export interface DiagramLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: DiagramLinkKind;
  readonly materials: readonly string[];
  /** Material name(s). */
  readonly label: string;
  /** Formatted quantity with unit, where the link carries one. */
  readonly quantity?: string;
  /** Ids of the model flows the link aggregates. */
  readonly flows: readonly string[];
  /** A link of the material a material diagram is about. */
  readonly focus?: boolean;
}

export interface DiagramCluster {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
}

/** A chain diagram's column header: which stage transition the column performs. */
export interface DiagramColumn {
  readonly layer: number;
  readonly label: string;
}

export interface Diagram {
  readonly kind: DiagramKind;
  readonly language: Language;
  readonly title: string;
  readonly subtitle?: string;
  readonly parkName: string;
  /** The data-source line printed under the diagram. */
  readonly source: string;
  readonly nodes: readonly DiagramNode[];
  readonly links: readonly DiagramLink[];
  /** Clusters of the nodes shown, in model order, for the legend. */
  readonly clusters: readonly DiagramCluster[];
  readonly columns: readonly DiagramColumn[];
  /** Sentences worth printing with the diagram (broken links, the proposal, what was left out). */
  readonly notes: readonly string[];
}
