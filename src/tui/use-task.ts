import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a background task is: the screens draw each state differently. */
export type TaskState<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** A task: given a signal and a progress callback, promises a value. */
export type Task<T> = (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>;

/**
 * Runs one cancellable background task at a time (a planner run, a trainer survey). The work
 * itself happens in worker threads; this hook only keeps React state, so keys keep arriving while
 * it runs. Starting a new task cancels the old one; unmounting (q) cancels whatever runs.
 * @example const run = useTask<WhatIfResults>(); run.start((signal, progress) => runWhatIf(a, b, settings, signal, progress));
 */
export function useTask<T>(): { state: TaskState<T>; get: () => TaskState<T>; start: (task: Task<T>) => void; cancel: () => void; reset: () => void } {
  const [state, setRendered] = useState<TaskState<T>>({ kind: 'idle' });
  // Input handlers read `get()`: a key that arrives before the next render still sees the result.
  const latest = useRef<TaskState<T>>(state);
  const setState = useCallback((next: TaskState<T>) => {
    latest.current = next;
    setRendered(next);
  }, []);
  const get = useCallback(() => latest.current, []);
  const current = useRef<AbortController | undefined>(undefined);
  const start = useCallback((task: Task<T>) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ kind: 'running', done: 0, total: 0 });
    const mine = (): boolean => current.current === controller && !controller.signal.aborted;
    task(controller.signal, (done, total) => {
      if (mine()) setState({ kind: 'running', done, total });
    }).then(
      (value) => {
        if (mine()) setState({ kind: 'done', value });
      },
      (error: unknown) => {
        if (mine()) setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [setState]);
  const cancel = useCallback(() => {
    const controller = current.current;
    if (controller === undefined || controller.signal.aborted) return;
    controller.abort(new Error('cancelled with Esc'));
    setState({ kind: 'cancelled' });
  }, [setState]);
  const reset = useCallback(() => {
    current.current?.abort();
    current.current = undefined;
    setState({ kind: 'idle' });
  }, [setState]);
  useEffect(() => () => current.current?.abort(), []);
  return { state, get, start, cancel, reset };
}
