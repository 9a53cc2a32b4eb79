/**
 * Namespace `project`: gap-filling projects: reasons, score parts, policy, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const PROJECT_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
