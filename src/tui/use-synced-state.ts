import { useCallback, useRef, useState } from 'react';

/**
 * State whose latest value can be read at once. Keys typed quickly (or sent by tmux) arrive in one
 * chunk and ink calls the input handler for each before React renders again, so a handler that
 * read ordinary state would see the cursor where it was before the first key of the chunk.
 * @example const [view, getView, setView] = useSyncedState({ cursor: 0 }); setView((v) => ({ cursor: v.cursor + 1 }));
 */
export function useSyncedState<T>(initial: () => T): [T, () => T, (next: (current: T) => T) => void] {
  const [state, setState] = useState(initial);
  const latest = useRef(state);
  const get = useCallback(() => latest.current, []);
  const set = useCallback((next: (current: T) => T) => {
    latest.current = next(latest.current);
    setState(latest.current);
  }, []);
  return [state, get, set];
}
