/**
 * Namespace `scenario`: change sets: edits, scenarios and their problems, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const SCENARIO_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
