/** The exit code of a process stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_EXIT_CODE = 130;

/** A Ctrl-C listener for the length of one command. */
export interface Interrupt {
  /** Aborted at the first Ctrl-C; hand it to whatever should stop (the replication pool). */
  readonly signal: AbortSignal;
  /** Stops listening; the default Ctrl-C behaviour (exit at once) returns. */
  dispose(): void;
}

/**
 * Listens for Ctrl-C (SIGINT): the first aborts `signal`, so the command can stop its
 * replications, delete its temporary files and exit 130 itself; a second, for someone who does
 * not want to wait, runs `cleanUp` (which must be synchronous) and exits 130 at once.
 * A replication running in the main thread holds it, so the first Ctrl-C is seen when it ends.
 * @example
 * const interrupt = listenForInterrupt(() => files.discard());
 * try { await runReplications(scenario, seed, n, { signal: interrupt.signal }); } finally { interrupt.dispose(); }
 */
export function listenForInterrupt(cleanUp: () => void): Interrupt {
  const controller = new AbortController();
  const onSignal = (): void => {
    if (!controller.signal.aborted) {
      controller.abort(new Error('interrupted (Ctrl-C)'));
      return;
    }
    cleanUp();
    process.exit(INTERRUPTED_EXIT_CODE);
  };
  process.on('SIGINT', onSignal);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSignal) };
}
