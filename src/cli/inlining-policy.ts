import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode V8's optimising compiler may inline into one function: twice its defaults (460
 * bytes for one callee, 920 in all). A simulated event passes through many small functions — the
 * timer dispatch, the flow, the journey step, the store, the projection and its clocks — and with the
 * defaults the budget runs out part of the way down and the rest stay calls. With twice the budget,
 * pairs run at once on the bundled benchmark: +2.8% at England scale (ten years), +0.3% to +3.5% at
 * `--scale 0.5`; four times the budget gained nothing more (README Performance, decision 28). It
 * changes which code is compiled, never a result. Flags are process-wide, so replication worker
 * threads started afterwards compile under them too.
 */
const SINGLE_BYTES = 920;
const CUMULATIVE_BYTES = 1840;

let applied = false;

/** Sets the inlining budget for this process (once, before the simulation's code is optimised; later calls do nothing). */
export function applyInliningPolicy(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--max-inlined-bytecode-size=${SINGLE_BYTES}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${CUMULATIVE_BYTES}`);
}
