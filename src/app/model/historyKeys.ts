/**
 * Undo and redo from the keyboard: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on
 * a Mac) — but not while the user types in a field, where the same keys
 * undo the typing itself.
 */

export interface HistoryKeyEvent {
  readonly key: string;
  /** The physical key, so Z is found on keyboards whose layout does not print Latin letters. */
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
}

export function historyKeyAction(event: HistoryKeyEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || isTypingTarget(event.target)) return null;
  // The printed letter where it is Latin (Dvorak, AZERTY put Z elsewhere), else the key's place.
  const key = event.key.toLowerCase();
  const latin = /^[a-z]$/.test(key);
  const z = latin ? key === 'z' : event.code === 'KeyZ';
  const y = latin ? key === 'y' : event.code === 'KeyY';
  if (z) return event.shiftKey ? 'redo' : 'undo';
  if (y && !event.shiftKey) return 'redo';
  return null;
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** Fields where Ctrl+Z belongs to the text being typed (a select has no typing to undo: the model's undo applies). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const element = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = typeof element.type === 'string' ? element.type.toLowerCase() : '';
  return TEXT_INPUT_TYPES.has(type);
}
