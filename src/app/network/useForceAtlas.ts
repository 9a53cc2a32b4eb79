/**
 * ForceAtlas2 in its Web Worker, started and stopped by the user, killed
 * with the view. A run lasts a time budget that grows with the park (the
 * worker reports no convergence), shown as progress; the user can stop it
 * earlier. `onStopped` runs after every run, however it ended.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { DisplayGraph } from './displayGraph.ts';

export interface ForceAtlasControl {
  readonly running: boolean;
  /** Share of the run's time budget used, 0–1. */
  readonly progress: number;
  readonly start: () => void;
  readonly stop: () => void;
}

/** Seconds a run lasts: enough for a few hundred actors to settle, longer for big parks. */
function layoutBudgetSeconds(order: number): number {
  return Math.min(30, 3 + order / 400);
}

const TICK_MS = 200;

export function useForceAtlas(graph: DisplayGraph, onStopped: () => void): ForceAtlasControl {
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const timer = useRef<number | null>(null);
  // The latest `onStopped`, for a run that ends on a timer: written after each commit, never while rendering.
  const stopped = useRef(onStopped);
  useLayoutEffect(() => {
    stopped.current = onStopped;
  });
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);

  const clearTimer = () => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
  };

  useEffect(() => {
    // Unweighted: flow quantities span six orders of magnitude and would collapse the picture.
    const layout = new FA2LayoutSupervisor(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 2000, adjustSizes: true },
      getEdgeWeight: null,
    });
    supervisor.current = layout;
    return () => {
      clearTimer();
      layout.kill();
      supervisor.current = null;
      setRunning(false);
    };
  }, [graph]);

  const stop = useCallback(() => {
    if (!supervisor.current?.isRunning()) return;
    clearTimer();
    supervisor.current.stop();
    setRunning(false);
    setProgress(0);
    stopped.current();
  }, []);

  const start = useCallback(() => {
    const layout = supervisor.current;
    if (!layout || layout.isRunning()) return;
    const budget = layoutBudgetSeconds(graph.order) * 1000;
    const startedAt = performance.now();
    layout.start();
    setRunning(true);
    setProgress(0);
    timer.current = window.setInterval(() => {
      const share = (performance.now() - startedAt) / budget;
      if (share >= 1) stop();
      else setProgress(share);
    }, TICK_MS);
  }, [graph, stop]);

  return { running, progress, start, stop };
}
