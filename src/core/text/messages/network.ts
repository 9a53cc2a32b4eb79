/**
 * Namespace `network`: the network metrics and their explanations, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const NETWORK_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
