/**
 * Namespace `finding`: the findings' sentences: broken links, coupling gaps, open ends, capacity, structure, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const FINDING_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
