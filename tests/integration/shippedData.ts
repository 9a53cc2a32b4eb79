/**
 * Readers for the data we ship, shared by the tests that hold it to the
 * rules users' files meet (referenceData, catalogueData).
 */
import { readFileSync } from 'node:fs';
import { validateCatalogue } from '../../src/core/catalogue/validate.ts';
import type { TechnologyCatalogue } from '../../src/core/catalogue/schema.ts';
import { formatProblem } from '../../src/core/model/problems.ts';

export const catalogueJson: unknown = JSON.parse(readFileSync('data/technologies.json', 'utf8'));

/** The shared vocabulary table in docs/material-vocabulary.md: id → category and unit. */
export function vocabulary(): Map<string, { category: string; unit: string }> {
  const rows = readFileSync('docs/material-vocabulary.md', 'utf8')
    .split('\n')
    .filter((line) => /^\| [a-z0-9-]+ \|/.test(line));
  return new Map(
    rows.map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return [cells[1]!, { category: cells[4]!, unit: cells[5]!.split(' ')[0]! }];
    }),
  );
}

/** The shipped catalogue, validated; a problem fails the test with the validator's words. */
export function loadCatalogue(): TechnologyCatalogue {
  const result = validateCatalogue(catalogueJson);
  if (!result.ok) throw new Error(result.errors.map((p) => formatProblem(p, 'en')).join('\n'));
  return result.catalogue;
}
