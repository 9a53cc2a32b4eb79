/** ForceAtlas2 in its Web Worker, started and stopped by the user, killed with the view. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { DisplayGraph } from '../state/displayGraph.ts';

export interface ForceAtlasControl {
  readonly running: boolean;
  readonly start: () => void;
  readonly stop: () => void;
}

export function useForceAtlas(graph: DisplayGraph): ForceAtlasControl {
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    // Unweighted: flow quantities span six orders of magnitude and would collapse the picture.
    const layout = new FA2LayoutSupervisor(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: false, adjustSizes: true },
      getEdgeWeight: null,
    });
    supervisor.current = layout;
    return () => {
      layout.kill();
      supervisor.current = null;
      setRunning(false);
    };
  }, [graph]);

  const start = useCallback(() => {
    supervisor.current?.start();
    setRunning(true);
  }, []);
  const stop = useCallback(() => {
    supervisor.current?.stop();
    setRunning(false);
  }, []);
  return { running, start, stop };
}
