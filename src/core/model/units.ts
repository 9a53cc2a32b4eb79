/**
 * The unit table. Every quantity in a park model is a yearly amount with an
 * explicit unit; quantities of one material are compared only after
 * conversion into that material's default unit. Units of different
 * dimensions never convert silently: mass <-> volume needs the material's
 * density, mass <-> energy its heating value (see `convertQuantity`).
 */
import { bilingual, type KeyOf } from '../text/message.ts';

export type Dimension = 'mass' | 'volume' | 'energy' | 'count' | 'transport' | 'value';

export interface UnitDefinition {
  /** Canonical spelling, as written in model files. */
  readonly id: string;
  readonly dimension: Dimension;
  /** Multiply a quantity in this unit by `factor` to get the dimension's base unit. */
  readonly factor: number;
  readonly name: { readonly zh: string; readonly en: string };
  /** Other spellings accepted on input (normalised to `id`). */
  readonly aliases: readonly string[];
}

/** Base units: t/a, m³/a, GJ/a, units/a, t·km/a, CNY/a. */
export const BASE_UNIT: Readonly<Record<Dimension, string>> = {
  mass: 't/a',
  volume: 'm3/a',
  energy: 'GJ/a',
  count: 'units/a',
  transport: 'tkm/a',
  value: 'CNY/a',
};

/**
 * 1 tce (tonne of standard coal equivalent, 吨标准煤) = 29.3076 GJ, the
 * Chinese national convention (GB/T 2589-2020: 1 kgce = 29 307.6 kJ).
 */
export const GJ_PER_TCE = 29.3076;

const UNITS: readonly UnitDefinition[] = [
  unit('kg/a', 'kilogram', 'mass', 1e-3, ['kg/yr', 'kg/y']),
  unit('t/a', 'tonne', 'mass', 1, ['t/yr', 't/y', 'tpa', '吨/年']),
  unit('kt/a', 'kilotonne', 'mass', 1e3, ['kt/yr']),
  unit('10kt/a', 'tenKilotonnes', 'mass', 1e4, ['万吨/年', '万t/a']),
  unit('Mt/a', 'megatonne', 'mass', 1e6, ['Mt/yr']),
  unit('L/a', 'litre', 'volume', 1e-3, ['l/a']),
  unit('m3/a', 'cubicMetre', 'volume', 1, ['m³/a', 'm3/yr', '立方米/年']),
  unit('10km3/a', 'tenKiloCubicMetres', 'volume', 1e4, ['万m3/a', '万m³/a', '万立方米/年']),
  unit('kWh/a', 'kilowattHour', 'energy', 0.0036, ['kwh/a']),
  unit('MWh/a', 'megawattHour', 'energy', 3.6, ['mwh/a']),
  unit('GWh/a', 'gigawattHour', 'energy', 3600, ['gwh/a']),
  unit('MJ/a', 'megajoule', 'energy', 1e-3, []),
  unit('GJ/a', 'gigajoule', 'energy', 1, ['gj/a']),
  unit('TJ/a', 'terajoule', 'energy', 1e3, []),
  unit('tce/a', 'coalEquivalent', 'energy', GJ_PER_TCE, ['吨标煤/年', 'tce/yr']),
  unit('units/a', 'piece', 'count', 1, ['pcs/a', 'unit/a', '台/年', '件/年', 'sets/a']),
  unit('10kunits/a', 'tenKiloPieces', 'count', 1e4, ['万台/年', '万件/年']),
  unit('tkm/a', 'tonneKilometre', 'transport', 1, ['t·km/a', 't*km/a']),
  unit('CNY/a', 'yuan', 'value', 1, ['元/年', 'RMB/a']),
  unit('10kCNY/a', 'tenKiloYuan', 'value', 1e4, ['万元/年']),
];

/** A unit's name in the catalogue: `label:unit_${key}`. */
type UnitKey = KeyOf<'label'> extends infer K ? (K extends `unit_${infer Key}` ? Key : never) : never;

function unit(id: string, key: UnitKey, dimension: Dimension, factor: number, aliases: string[]): UnitDefinition {
  return { id, dimension, factor, name: bilingual(`label:unit_${key}`), aliases };
}

const BY_SPELLING: ReadonlyMap<string, UnitDefinition> = new Map(
  UNITS.flatMap((u) => [u.id, ...u.aliases].map((spelling) => [spelling, u] as const)),
);

/** All known units, in table order (for documentation, pickers and templates). */
export function listUnits(): readonly UnitDefinition[] {
  return UNITS;
}

/** Looks a unit up by its canonical id or an accepted alias; undefined when unknown. */
export function findUnit(spelling: string): UnitDefinition | undefined {
  return BY_SPELLING.get(spelling.trim());
}

/** Physical properties of a material that bridge dimensions. */
export interface MaterialBridges {
  /** tonnes per cubic metre (mass <-> volume). */
  readonly density?: number | undefined;
  /** GJ per tonne (mass <-> energy), e.g. coal ≈ 20.9 GJ/t. */
  readonly heatingValue?: number | undefined;
}

/**
 * Converts a quantity between two units, using the material's density or
 * heating value to cross between mass, volume and energy. Returns undefined
 * when the conversion is impossible (unknown unit or no bridge).
 */
export function convertQuantity(
  quantity: number,
  fromUnit: string,
  toUnit: string,
  bridges: MaterialBridges = {},
): number | undefined {
  const from = findUnit(fromUnit);
  const to = findUnit(toUnit);
  if (!from || !to) return undefined;
  const inBase = quantity * from.factor;
  const bridged = bridgeDimension(inBase, from.dimension, to.dimension, bridges);
  return bridged === undefined ? undefined : bridged / to.factor;
}

/** True when `convertQuantity` can turn `fromUnit` into `toUnit` for this material. */
export function canConvert(fromUnit: string, toUnit: string, bridges: MaterialBridges = {}): boolean {
  return convertQuantity(1, fromUnit, toUnit, bridges) !== undefined;
}

function bridgeDimension(
  baseQuantity: number,
  from: Dimension,
  to: Dimension,
  { density, heatingValue }: MaterialBridges,
): number | undefined {
  if (from === to) return baseQuantity;
  // Everything crosses through mass (tonnes).
  const tonnes =
    from === 'mass'
      ? baseQuantity
      : from === 'volume' && density
        ? baseQuantity * density
        : from === 'energy' && heatingValue
          ? baseQuantity / heatingValue
          : undefined;
  if (tonnes === undefined) return undefined;
  if (to === 'mass') return tonnes;
  if (to === 'volume' && density) return tonnes / density;
  if (to === 'energy' && heatingValue) return tonnes * heatingValue;
  return undefined;
}
