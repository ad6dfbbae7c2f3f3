import { streamKey, type RandomStream } from '../random/index.ts';

/**
 * Baagoe's Mash, as seedrandom's Alea seeds itself with it: one running hash `n` over the strings
 * given in turn, each call returning a fraction in [0, 1).
 */
class Mash {
  n = 0xefc8249d;
  hash(data: string): number {
    room(data.length);
    for (let i = 0; i < data.length; i++) KEY[i] = data.charCodeAt(i);
    return this.hashCodes(KEY, 0, data.length);
  }

  /** The same as `hash` over the characters `codes[from … to − 1]`. */
  hashCodes(codes: Uint16Array, from: number, to: number): number {
    let n = this.n;
    for (let i = from; i < to; i++) {
      n += codes[i]!;
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

/** Character codes of the key being hashed; grown for long keys (see room). */
let KEY = new Uint16Array(64);

/** Makes KEY hold at least `length` codes. */
function room(length: number): void {
  if (KEY.length < length) KEY = new Uint16Array(2 * length);
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
 * a million children. A child away from the service keeps the four numbers, and their dice are
 * rebuilt from them on return (returning-child.ts).
 */
export class ChildDice implements RandomStream {
  /**
   * The generator's state as it stands: `c` a small whole number, and the three fractions of Alea's
   * state, each a multiple of 2^-32 in [0, 1), held as their 32 bits (`fraction × 2^32`, wrapped to a
   * signed 32-bit integer): small integers live in the object itself, where a fraction would be a
   * separate boxed number, three more objects per open case for the collector.
   */
  constructor(public c: number, public s0: number, public s1: number, public s2: number) {}

  /** The dice of the child keyed `seed:purpose:index`, before their first draw. */
  static seeded(seed: number, index: number, purpose: string): ChildDice {
    // The key is `seed:purpose:index` (streamKey), written as character codes without building the
    // string, and the first pass over its `seed:purpose:` prefix is the same for every child.
    const prefix = prefixOf(seed, purpose);
    if (!Number.isSafeInteger(index) || index < 0) streamKey(seed, purpose, index);
    const end = writeDigits(prefix.length, index);
    const mash = new Mash();
    mash.n = prefix.n;
    let s0 = SPACE0 - mash.hashCodes(KEY, prefix.length, end);
    if (s0 < 0) s0 += 1;
    let s1 = SPACE1 - mash.hashCodes(KEY, 0, end);
    if (s1 < 0) s1 += 1;
    let s2 = SPACE2 - mash.hashCodes(KEY, 0, end);
    if (s2 < 0) s2 += 1;
    return new ChildDice(1, bits(s0), bits(s1), bits(s2));
  }

  /** One Alea step: a 32-bit fraction (exactly seedrandom's: every value here is a multiple of 2^-32). */
  private advance(): number {
    const t = 2091639 * ((this.s0 >>> 0) * 2.3283064365386963e-10) + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    const fraction = t - this.c;
    this.s2 = bits(fraction);
    return fraction;
  }

  /** A uniform double in [0, 1) with 53 bits, as seedrandom's `double()`. */
  next(): number {
    return this.advance() + ((this.advance() * 0x200000) | 0) * 1.1102230246251565e-16; // 2^-53
  }
}

/** The 32 bits of a fraction that is a multiple of 2^-32 in [0, 1), as a signed 32-bit integer. */
function bits(fraction: number): number {
  return (fraction * 4294967296) | 0; // 2^32
}

/** The `seed:purpose:` prefix of the keys of one population: its length and Mash state after it. */
interface KeyPrefix {
  readonly seed: number;
  readonly purpose: string;
  readonly text: string;
  readonly length: number;
  readonly n: number;
}

let lastPrefix: KeyPrefix | undefined;

/** The prefix for (seed, purpose), kept for the last pair asked (a run asks for one pair a million times), and copied into KEY. */
function prefixOf(seed: number, purpose: string): KeyPrefix {
  let prefix = lastPrefix;
  if (prefix === undefined || prefix.seed !== seed || prefix.purpose !== purpose) {
    const text = `${streamKey(seed, purpose)}:`;
    const mash = new Mash();
    mash.n = SPACES_N;
    mash.hash(text);
    prefix = { seed, purpose, text, length: text.length, n: mash.n };
    lastPrefix = prefix;
  }
  // A safe integer index has at most 16 digits.
  room(prefix.length + 16);
  for (let i = 0; i < prefix.length; i++) KEY[i] = prefix.text.charCodeAt(i);
  return prefix;
}

/** Writes the decimal digits of `index` into KEY from `at`; returns the end. */
function writeDigits(at: number, index: number): number {
  let digits = 1;
  for (let rest = Math.floor(index / 10); rest > 0; rest = Math.floor(rest / 10)) digits++;
  let rest = index;
  for (let i = at + digits - 1; i >= at; i--) {
    KEY[i] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}

/** The dice of child `index` in a run seeded `seed`; `purpose` keeps other populations' children apart. */
export function diceFor(seed: number, index: number, purpose = 'child'): ChildDice {
  return ChildDice.seeded(seed, index, purpose);
}
