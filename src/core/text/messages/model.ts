/**
 * Namespace `model`: the model's validation problems and migrations, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const MODEL_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
