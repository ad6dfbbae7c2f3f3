import { savableStreamFor, type SavableStream } from '../random/index.ts';

/**
 * A child's own dice (ARCHITECTURE D4): one seeded stream keyed by (seed, child index). Who the
 * child is (age, sex, ethnicity, need, risk) is drawn from it first, so two scenarios with the same
 * seed have the same children; the decisions and durations of their journey follow on the same
 * stream. One stream rather than two halves the cost of a new child (stream set-up hashes its key);
 * its position can be saved while the child is away (see returning-child.ts).
 */
export function diceFor(seed: number, index: number): SavableStream {
  return savableStreamFor(seed, 'child', index);
}
