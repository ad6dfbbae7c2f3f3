import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived its last full collection before it
 * collects again: 25%. V8's own factor adapts to collection speed and reaches 4× when collections are
 * quick, which a replication's heap (many records living weeks of simulated time, then dying) makes
 * them: the national bench's resident size reached 3.1 GB with it, 2.0 GB with 30%, at a few per cent
 * of speed (README Performance). The `drift` command sets it first thing (and `npm run bench` does the
 * same); the flag is process-wide and read at every heap-limit update, so it also holds for the worker
 * threads that run replications. It changes when memory is reclaimed, never a result.
 */
const GROWING_PERCENT = 25;
// The young generation's size is the other half of the policy, but V8 fixes it when a thread starts,
// so it is given where threads start: `--max-semi-space-size=128` on the first line of bin.js and in
// the npm scripts, `resourceLimits` for the replication workers (README decision 24).

let applied = false;

/** Sets the heap growth policy for this process (once; later calls do nothing). */
export function applyHeapPolicy(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
