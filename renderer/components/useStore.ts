import { useCallback, useSyncExternalStore } from 'react';

/** Anything with a subscription that says "my snapshot changed". */
export interface Subscribable {
  subscribe(listener: () => void): () => void;
}

/**
 * Reads a plain-TypeScript store (session, workspace, editor bridge) into React. `read` must
 * return the same object until the store changed, as all of ours do.
 */
export function useStore<S extends Subscribable, T>(store: S, read: (store: S) => T): T {
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  return useSyncExternalStore(
    subscribe,
    () => read(store),
    () => read(store),
  );
}
