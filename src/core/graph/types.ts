/**
 * Graph attribute types, declared once and passed to graphology as
 * generics wherever the three graphs are built or read.
 */
import type { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type {
  BoundaryId,
  EnterpriseRole,
  EnterpriseStatus,
  FlowStatus,
  LocalizedText,
  MaterialCategory,
} from '../model/types.ts';

/** A node of the exchange graph: an enterprise or one of the three boundary actors. */
export type ActorNodeAttributes = EnterpriseNodeAttributes | BoundaryNodeAttributes;

export interface EnterpriseNodeAttributes {
  readonly kind: 'enterprise';
  readonly name: LocalizedText;
  readonly cluster: string;
  readonly role: EnterpriseRole;
  readonly status: EnterpriseStatus;
}

export interface BoundaryNodeAttributes {
  readonly kind: 'boundary';
  readonly name: LocalizedText;
  readonly boundary: BoundaryId;
}

/** An edge of the exchange graph: exactly one flow of the model. */
export interface FlowEdgeAttributes {
  readonly flow: string;
  readonly material: string;
  readonly category: MaterialCategory;
  /** Quantity in the material's default unit (converted from the flow's unit); null for a structural exchange. */
  readonly quantity: number | null;
  readonly unit: string;
  readonly status: FlowStatus;
  readonly estimated: boolean;
}

export interface ParkGraphAttributes {
  readonly park: string;
}

export type ExchangeGraph = MultiDirectedGraph<ActorNodeAttributes, FlowEdgeAttributes, ParkGraphAttributes>;

/** A node of the material graph: one material of the model (or of the catalogue). */
export interface MaterialNodeAttributes {
  readonly name: LocalizedText;
  readonly category: MaterialCategory;
  readonly unit: string;
  /** Whether the material is defined by the park model or only by the technology catalogue. */
  readonly origin: 'model' | 'catalogue';
}

/** m1 → m2: someone consumes m1 and produces m2. */
export interface TransformationEdgeAttributes {
  /** Enterprises that declare m1 as input and m2 as output, in model order. */
  readonly enterprises: readonly string[];
  /** Catalogue technologies with m1 among inputs and m2 among outputs, in catalogue order. */
  readonly technologies: readonly string[];
}

export type MaterialGraph = DirectedGraph<MaterialNodeAttributes, TransformationEdgeAttributes, ParkGraphAttributes>;

/** The process graph holds enterprises and materials; their keys are prefixed so ids cannot collide. */
export type ProcessNodeAttributes =
  | (EnterpriseNodeAttributes & { readonly ref: string })
  | (Omit<MaterialNodeAttributes, 'origin'> & { readonly kind: 'material'; readonly ref: string });

/**
 * enterprise → material: it produces it (declared output);
 * material → enterprise: it consumes it (declared input) and/or can treat or absorb it (capacity).
 */
export interface ProcessEdgeAttributes {
  readonly relation: 'produces' | 'consumes';
  /** Declared quantity in the material's default unit (0 where only a capacity is declared). */
  readonly quantity: number;
  /**
   * Declared capacity in the material's default unit: supply capacity on a
   * `produces` edge, treatment or absorption capacity on a `consumes` edge.
   */
  readonly capacity?: number;
}

export type ProcessGraph = DirectedGraph<ProcessNodeAttributes, ProcessEdgeAttributes, ParkGraphAttributes>;

export const ENTERPRISE_KEY_PREFIX = 'e:';
export const MATERIAL_KEY_PREFIX = 'm:';
