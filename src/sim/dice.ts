import { streamFor, type RandomStream } from '../random/index.ts';

/**
 * A child's own dice (ARCHITECTURE D4): `who` draws the child's characteristics and nothing else,
 * so two scenarios with the same seed have the same children; `path` draws the decisions and
 * durations along their journey.
 */
export interface CaseDice {
  readonly who: RandomStream;
  readonly path: RandomStream;
}

/** The dice of child `index` in a run with `seed`. */
export function diceFor(seed: number, index: number): CaseDice {
  return { who: streamFor(seed, 'child', index), path: streamFor(seed, 'path', index) };
}
