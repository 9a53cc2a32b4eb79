/** Read-only accessors of UI state for end-to-end tests: `window.__symbiograph`. */
import { useEffect, useRef } from 'react';
import type { Language } from '../../core/model/types.ts';

export interface HighlightSnapshot {
  readonly finding: string | null;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface SymbiographTestApi {
  selectedNode(): string | null;
  highlighted(): HighlightSnapshot;
  language(): Language;
}

export interface TestSnapshot {
  readonly selected: string | null;
  readonly highlighted: HighlightSnapshot;
  readonly language: Language;
}

declare global {
  interface Window {
    __symbiograph?: SymbiographTestApi;
  }
}

export function useTestApi(snapshot: TestSnapshot): void {
  const current = useRef(snapshot);
  useEffect(() => {
    current.current = snapshot;
  }, [snapshot]);
  useEffect(() => {
    window.__symbiograph = Object.freeze({
      selectedNode: () => current.current.selected,
      highlighted: () => current.current.highlighted,
      language: () => current.current.language,
    });
    return () => {
      delete window.__symbiograph;
    };
  }, []);
}
