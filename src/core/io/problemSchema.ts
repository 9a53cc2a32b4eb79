/**
 * A `Problem` (model/problems.ts) as it travels in JSON between a server and
 * its clients: what `open`'s save answer and the team server's errors carry,
 * read back with this schema on the other side.
 */
import { z } from 'zod';

export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export const problemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: bilingualSchema,
  location: z
    .object({
      file: z.string().optional(),
      sheet: z.string().optional(),
      row: z.number().optional(),
      column: z.string().optional(),
      line: z.number().optional(),
    })
    .optional(),
});
