import { streamFor, type RandomStream } from '../random/index.ts';

/**
 * A child's own dice (ARCHITECTURE D4): one seeded stream keyed by (seed, child index). Who the
 * child is (age, sex, ethnicity, need, risk) is drawn from it first, so two scenarios with the same
 * seed have the same children; the decisions and durations of their journey follow on the same
 * stream. One stream rather than two halves the cost of a new child (stream set-up hashes its key).
 */
export function diceFor(seed: number, index: number): RandomStream {
  return streamFor(seed, 'child', index);
}
