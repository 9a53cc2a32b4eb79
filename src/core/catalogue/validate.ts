/**
 * Validation of a technology catalogue: shape, unique ids, every material
 * and source reference resolves, units known, ratios anchored on the
 * reference material. Same problem format as park models.
 */
import { errorsOf, formatPath, problem, quote, warningsOf, type PathSegment, type Problem } from '../model/problems.ts';
import { unknownReference } from '../model/references.ts';
import { issuesToProblems } from '../model/schemaIssues.ts';
import { findUnit } from '../model/units.ts';
import { bilingual } from '../text/message.ts';
import { catalogueSchema, type TechnologyCatalogue } from './schema.ts';

export type CatalogueValidation =
  | { readonly ok: true; readonly catalogue: TechnologyCatalogue; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

export function validateCatalogue(input: unknown): CatalogueValidation {
  const parsed = catalogueSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesToProblems(parsed.error.issues, input), warnings: [] };
  const catalogue = parsed.data;
  const problems: Problem[] = [];

  const sources = uniqueIds(catalogue.sources, ['sources'], problems);
  const materials = uniqueIds(catalogue.materials, ['materials'], problems);
  uniqueIds(catalogue.technologies, ['technologies'], problems);

  catalogue.materials.forEach((m, i) => {
    if (!findUnit(m.unit)) {
      problems.push(
        problem(
          'error',
          'unknown-unit',
          ['materials', i, 'unit'],
          bilingual('model:catalogueUnknownUnit', { unit: quote(m.unit) }),
        ),
      );
    }
  });
  catalogue.technologies.forEach((technology, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['technologies', i, ...rest];
    const refer = (id: string, path: PathSegment[], known: ReadonlySet<string>, kind: 'material' | 'source') => {
      if (!known.has(id)) problems.push(unknownReference(kind, id, path));
    };
    refer(technology.reference, at('reference'), materials, 'material');
    technology.inputs.forEach((s, k) => refer(s.material, at('inputs', k, 'material'), materials, 'material'));
    technology.outputs.forEach((s, k) => refer(s.material, at('outputs', k, 'material'), materials, 'material'));
    if (technology.source !== undefined) refer(technology.source, at('source'), sources, 'source');
    const anchor = technology.inputs.find((s) => s.material === technology.reference);
    if (anchor?.ratio !== 1) {
      problems.push(
        problem(
          'error',
          'reference-ratio',
          at('reference'),
          bilingual('model:referenceRatio', { material: quote(technology.reference) }),
        ),
      );
    }
  });

  const errors = errorsOf(problems);
  return errors.length > 0
    ? { ok: false, errors, warnings: warningsOf(problems) }
    : { ok: true, catalogue, warnings: warningsOf(problems) };
}

function uniqueIds(items: readonly { id: string }[], path: PathSegment[], problems: Problem[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      problems.push(
        problem(
          'error',
          'duplicate-id',
          [...path, i, 'id'],
          bilingual('model:duplicateId', { id: quote(item.id), first: formatPath([...path, earlier]) }),
        ),
      );
    }
  });
  return new Set(first.keys());
}
