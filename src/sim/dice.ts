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
    for (let i = from; i < to; i++) n = mashStep(n, codes[i]!);
    this.n = n;
    return fractionOf(n);
  }
}

/** Mash's state `n` after one more character code. */
function mashStep(n: number, code: number): number {
  n += code;
  let h = 0.02519603282416938 * n;
  n = h >>> 0;
  h -= n;
  h *= n;
  n = h >>> 0;
  h -= n;
  return n + h * 0x100000000; // 2^32
}

/** The fraction Mash returns for state `n`. */
function fractionOf(n: number): number {
  return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
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
    if (!Number.isSafeInteger(index) || index < 0) streamKey(seed, purpose, index); // throws the RangeError
    const prefix = prefixOf(seed, purpose);
    if (prefix !== fourPrefix || index < fourFrom || index >= fourFrom + 4) {
      if (!seedFour(prefix, index)) return ChildDice.seededAlone(prefix, index);
      fourPrefix = prefix;
      fourFrom = index;
    }
    const at = 3 * (index - fourFrom);
    return new ChildDice(1, FOUR[at]!, FOUR[at + 1]!, FOUR[at + 2]!);
  }

  /** `seeded` for one key on its own: the key is `seed:purpose:index` (streamKey), as character codes. */
  private static seededAlone(prefix: KeyPrefix, index: number): ChildDice {
    room(prefix.length + 16); // a safe integer index has at most 16 digits
    for (let i = 0; i < prefix.length; i++) KEY[i] = prefix.text.charCodeAt(i);
    const end = writeDigits(KEY, prefix.length, index);
    const mash = new Mash();
    mash.n = prefix.n;
    return new ChildDice(1,
      seedBits(SPACE0, mash.hashCodes(KEY, prefix.length, end)),
      seedBits(SPACE1, mash.hashCodes(KEY, 0, end)),
      seedBits(SPACE2, mash.hashCodes(KEY, 0, end)));
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

/** Alea's seed fraction `space − hash`, wrapped into [0, 1), as its bits. */
function seedBits(space: number, hash: number): number {
  const s = space - hash;
  return bits(s < 0 ? s + 1 : s);
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

/** The prefix for (seed, purpose), kept for the last pair asked (a run asks for one pair a million times). */
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
  return prefix;
}

/** How many decimal digits `index` has. */
function digitCount(index: number): number {
  let digits = 1;
  for (let rest = Math.floor(index / 10); rest > 0; rest = Math.floor(rest / 10)) digits++;
  return digits;
}

/** Writes the decimal digits of `index` into `codes` from `at`; returns the end. */
function writeDigits(codes: Uint16Array, at: number, index: number): number {
  const digits = digitCount(index);
  let rest = index;
  for (let i = at + digits - 1; i >= at; i--) {
    codes[i] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}

/** The bits of the seeds (s0, s1, s2) of children `fourFrom … fourFrom + 3` of `fourPrefix`, three a child. */
const FOUR = new Int32Array(12);
let fourPrefix: KeyPrefix | undefined;
let fourFrom = -1;
/** Character codes of four keys of one length, a row each (see seedFour). */
let KEYS = new Uint16Array(4 * 64);

/**
 * Seeds children `first … first + 3` of `prefix` into FOUR, their four keys hashed side by side.
 * Hashing a key is one chain of about fifty dependent multiplications and truncations, so a child
 * seeded alone waits on each in turn; four independent chains in one loop let the processor overlap
 * them. Children are numbered in the order they first come (cohort.ts), so the other three are the
 * next ones asked for. The draws are the same as one at a time (test/sim/dice.test.ts). False, with
 * nothing written, when the four keys are not all of one length (the indices cross a power of ten)
 * or the last index is not a safe integer.
 */
function seedFour(prefix: KeyPrefix, first: number): boolean {
  const last = first + 3;
  if (!Number.isSafeInteger(last)) return false;
  const length = prefix.length + digitCount(first);
  if (prefix.length + digitCount(last) !== length) return false;
  if (KEYS.length < 4 * length) KEYS = new Uint16Array(8 * length);
  const keys = KEYS;
  for (let j = 0; j < 4; j++) {
    const row = j * length;
    for (let i = 0; i < prefix.length; i++) keys[row + i] = prefix.text.charCodeAt(i);
    writeDigits(keys, row + prefix.length, first + j);
  }
  const r1 = length;
  const r2 = 2 * length;
  const r3 = 3 * length;
  let n0 = prefix.n;
  let n1 = n0;
  let n2 = n0;
  let n3 = n0;
  // Alea hashes the key three times; the first pass's prefix is already in prefix.n.
  for (let pass = 0; pass < 3; pass++) {
    for (let i = pass === 0 ? prefix.length : 0; i < length; i++) {
      n0 = mashStep(n0, keys[i]!);
      n1 = mashStep(n1, keys[r1 + i]!);
      n2 = mashStep(n2, keys[r2 + i]!);
      n3 = mashStep(n3, keys[r3 + i]!);
    }
    const space = pass === 0 ? SPACE0 : pass === 1 ? SPACE1 : SPACE2;
    FOUR[pass] = seedBits(space, fractionOf(n0));
    FOUR[3 + pass] = seedBits(space, fractionOf(n1));
    FOUR[6 + pass] = seedBits(space, fractionOf(n2));
    FOUR[9 + pass] = seedBits(space, fractionOf(n3));
  }
  return true;
}

/** The dice of child `index` in a run seeded `seed`; `purpose` keeps other populations' children apart. */
export function diceFor(seed: number, index: number, purpose = 'child'): ChildDice {
  return ChildDice.seeded(seed, index, purpose);
}
