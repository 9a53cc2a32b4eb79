/**
 * A request to open the chain diagram of one chain (from a finding about
 * it): the finding lists ask through the context, the outputs dialog opens
 * on the request. `token` changes with every request, so asking twice for
 * the same chain opens it twice.
 */
import { createContext, useContext } from 'react';

export interface ChainRequest {
  readonly chain: string;
  readonly token: number;
}

export const ShowChainContext = createContext<((chain: string) => void) | null>(null);

/** The function that opens a chain's diagram, or null where no dialog listens (e.g. a test rendering a list alone). */
export function useShowChain(): ((chain: string) => void) | null {
  return useContext(ShowChainContext);
}
