/**
 * Namespace `diagram`: chain diagrams, sankey and evolution charts, in both languages.
 */
import type { BilingualMessage } from '../language.ts';

export const DIAGRAM_MESSAGES = {} as const satisfies Record<string, BilingualMessage>;
