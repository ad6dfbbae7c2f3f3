/**
 * Seeded random streams: the dice of the simulator (ARCHITECTURE.md D4, D9).
 *
 * Each stream is keyed by `(seed, purpose, index)` and seeded from that key alone, so a
 * child's stream is the same whatever other streams exist or in which order they were made.
 * Two scenarios run with the same seed therefore draw the same children with the same needs
 * (common random numbers), and a what-if difference comes from the policy, not the dice.
 *
 * Generator: seedrandom's Alea (Baagoe 2010), the fastest seedrandom generator measured here
 * (~105M draws/s, reference/tech-notes.md §2.4), with a 2^116 period, and seeded by hashing a
 * string (Baagoe's Mash), which is what keyed streams need. house-style.md §4.5 proposed
 * xoroshiro jumps instead; ARCHITECTURE.md (which wins) names seedrandom, and hashing keys
 * gives order-independence that successive jumps do not.
 */
import seedrandom from 'seedrandom';

/**
 * A source of uniform doubles in [0, 1) with 53-bit resolution (multiples of 2^-53).
 */
export interface RandomStream {
  /**
   * Returns the next uniform double in [0, 1).
   *
   * @example
   * const u = streamFor(1, 'arrivals').next(); // 0 <= u < 1
   */
  next(): number;
}

/** The purposes of the standard streams, one per kind of draw (ARCHITECTURE.md D4). */
export const STANDARD_PURPOSES = ['arrivals', 'child', 'decisions', 'durations', 'workforce'] as const;

/** One of {@link STANDARD_PURPOSES}. */
export type StandardPurpose = (typeof STANDARD_PURPOSES)[number];

/** One stream per standard purpose, all from one seed. */
export type Streams = { readonly [P in StandardPurpose]: RandomStream };

/**
 * The string a stream is seeded from: `seed:purpose` or `seed:purpose:index`.
 *
 * @example
 * streamKey(42, 'child', 7) === '42:child:7';
 */
export function streamKey(seed: number, purpose: string, index?: number): string {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${seed}; pass e.g. 42`);
  }
  // ':' is the key separator: 'a:1' as a purpose would collide with purpose 'a', index 1.
  if (purpose.length === 0 || purpose.includes(':')) {
    throw new RangeError(`purpose must be a non-empty string without ':', got '${purpose}'; pass e.g. 'durations'`);
  }
  if (index === undefined) return `${seed}:${purpose}`;
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`index must be a non-negative integer, got ${index}; pass e.g. the child's slot number`);
  }
  return `${seed}:${purpose}:${index}`;
}

/**
 * Creates the stream keyed by `(seed, purpose, index)`; the same key always gives the same
 * sequence, and different keys give unrelated sequences.
 *
 * @example
 * const needs = streamFor(42, 'child', 7); // child 7's draws, identical in every scenario
 */
export function streamFor(seed: number, purpose: string, index?: number): RandomStream {
  const prng = seedrandom.alea(streamKey(seed, purpose, index));
  // `double()` (two Alea steps, 53 bits) rather than `prng()` (one step, 32 bits): measured
  // here at ~14 ns against ~6 ns a draw, i.e. ~0.4 s more per 5·10⁷ draws, which is small
  // beside ~3 µs an event. In return u = 0 has probability 2^-53 rather than 2^-32 (a
  // national run with replications makes ~10¹⁰ draws, so 2^-32 would happen), the
  // exponential tail reaches 37 means rather than 22, and categorical weights below 2^-32
  // are still honoured. A plain object with one own property keeps call sites monomorphic.
  return { next: prng.double };
}

/** A stream whose position can be saved and restored (4 numbers), so a paused child costs little memory. */
export interface SavableStream extends RandomStream {
  save(): StreamState;
}

/** The saved position of a savable stream. */
export type StreamState = Readonly<{ c: number; s0: number; s1: number; s2: number }>;

/**
 * Like {@link streamFor}, but the stream's position can be saved and later restored with
 * {@link restoreStream}, giving exactly the draws it would have given.
 *
 * @example
 * const s = savableStreamFor(42, 'child', 7); const saved = s.save(); restoreStream(saved).next() === s.next();
 */
export function savableStreamFor(seed: number, purpose: string, index?: number): SavableStream {
  return new AleaStream(seedrandom.alea(streamKey(seed, purpose, index), { state: true }));
}

/**
 * A savable stream as a class, so `save` lives on the prototype: a run creates one per child, and a
 * closure per stream would cost an allocation each (and, under tsx, a naming call).
 */
class AleaStream implements SavableStream {
  readonly next: () => number;
  private readonly prng: seedrandom.StatefulPRNG<seedrandom.State.Alea>;
  constructor(prng: seedrandom.StatefulPRNG<seedrandom.State.Alea>) {
    this.prng = prng;
    this.next = prng.double;
  }
  save(): StreamState {
    return this.prng.state();
  }
}

/**
 * Rebuilds a savable stream at a saved position (seedrandom's `state` option).
 *
 * @example
 * const copy = restoreStream(stream.save());
 */
export function restoreStream(state: StreamState): SavableStream {
  return new AleaStream(seedrandom.alea('', { state: { ...state } }));
}

/**
 * Creates one stream per standard purpose for `seed` (each equal to `streamFor(seed, purpose)`).
 *
 * @example
 * const { arrivals, workforce } = createStreams(42);
 */
export function createStreams(seed: number): Streams {
  return {
    arrivals: streamFor(seed, 'arrivals'),
    child: streamFor(seed, 'child'),
    decisions: streamFor(seed, 'decisions'),
    durations: streamFor(seed, 'durations'),
    workforce: streamFor(seed, 'workforce'),
  };
}
