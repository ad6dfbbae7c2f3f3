import { streamKey, type RandomStream } from '../random/index.ts';

/**
 * Baagoe's Mash, as seedrandom's Alea seeds itself with it: one running hash `n` over the strings
 * given in turn, each call returning a fraction in [0, 1).
 */
class Mash {
  n = 0xefc8249d;
  hash(data: string): number {
    let n = this.n;
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000; // 2^32
    }
    this.n = n;
    return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
  }
}

// Alea's seeding first hashes ' ' three times, which does not depend on the key: done once here.
const SPACES = new Mash();
const SPACE0 = SPACES.hash(' ');
const SPACE1 = SPACES.hash(' ');
const SPACE2 = SPACES.hash(' ');
const SPACES_N = SPACES.n;

/**
 * A child's own dice (ARCHITECTURE D4): one seeded stream keyed by (seed, child index). Who the
 * child is (age, sex, ethnicity, need, risk) is drawn from it first, so two scenarios with the same
 * seed have the same children; the decisions and durations of their journey follow on the same
 * stream.
 *
 * The draws are exactly those of `savableStreamFor(seed, 'child', index)` (seedrandom's Alea with
 * `double()`; test/sim/dice.test.ts checks it), but the generator is four numbers on one object:
 * seedrandom builds half a dozen closures per stream, and a national run makes a stream for each of
 * a million children. A child away from the service keeps this object as it is, so pausing and
 * resuming its dice costs nothing.
 */
export class ChildDice implements RandomStream {
  c = 1;
  s0: number;
  s1: number;
  s2: number;

  constructor(seed: number, index: number, purpose = 'child') {
    const key = streamKey(seed, purpose, index);
    const mash = new Mash();
    mash.n = SPACES_N;
    let s0 = SPACE0 - mash.hash(key);
    if (s0 < 0) s0 += 1;
    let s1 = SPACE1 - mash.hash(key);
    if (s1 < 0) s1 += 1;
    let s2 = SPACE2 - mash.hash(key);
    if (s2 < 0) s2 += 1;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
  }

  /** One Alea step: a 32-bit fraction. */
  private step(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }

  /** A uniform double in [0, 1) with 53 bits, as seedrandom's `double()`. */
  next(): number {
    return this.step() + ((this.step() * 0x200000) | 0) * 1.1102230246251565e-16; // 2^-53
  }
}

/** The dice of child `index` in a run seeded `seed`; `purpose` keeps other populations' children apart. */
export function diceFor(seed: number, index: number, purpose = 'child'): ChildDice {
  return new ChildDice(seed, index, purpose);
}
