/**
 * Namespace `column`: table column headers of imports and exports, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const COLUMN_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
