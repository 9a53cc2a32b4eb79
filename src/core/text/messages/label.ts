/**
 * Namespace `label`: names of categories, statuses, roles, clusters and units, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const LABEL_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
