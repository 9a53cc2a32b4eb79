/**
 * Namespace `io`: importers' problems: CSV, tables, XLSX, GEXF, GraphML, JSON, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const IO_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
