import { ETHNICITIES, NEED_CODES, SEXES, childId, type SimDay } from '../domain/index.ts';
import { CONTEXT_WORDS, packContext, unpackContext } from '../journey/index.ts';
import { createNewCaseRecord, type CaseRecord } from './case-record.ts';
import { ChildDice } from './dice.ts';

/** "No such day" in the day columns (lastReferral, lastCareLeft): no simulated day comes near it. */
const NO_DAY = -0x80000000;

// Columns per place: integers (index, dob, lastReferral, lastCareLeft, journey leaf, the dice's four
// numbers), fractions (risk, priorRisk), codes (sex, ethnicity, need, id prefix).
const INTS = 9;
const FRACTIONS = 2;
const CODES = 4;
/** Places per block of columns: 16,384 (about 1.9 MB a block). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK - 1;

/**
 * The children expected back at the front door, each parked in a numbered place until their return
 * day: the place is the kernel payload of their return. A parked child is only what their return
 * needs (who they are, their risk and history, their journey state and their dice), kept in typed
 * columns rather than objects: about 100 bytes a child instead of some 600 in five objects and a
 * handful of boxed numbers, and nothing for the garbage collector to trace. Most children a national
 * run holds at once are these (ARCHITECTURE §7: memory follows open cases).
 */
export class ReturningChildren {
  // The columns come in blocks of BLOCK places, added as places are first used: growing never copies
  // (a doubled column would hold old and new copies at once, at the peak of a national run).
  private readonly ints: Int32Array[] = [];
  private readonly fractions: Float64Array[] = [];
  private readonly codes: Uint8Array[] = [];
  private readonly contexts: Uint16Array[] = [];
  /** Whether each place holds a child. */
  private readonly held: Uint8Array[] = [];
  private readonly free: number[] = [];
  /** Places ever used. */
  private used = 0;
  private count = 0;
  /**
   * What park's read of the place the next park will fill ends in; the value means nothing. That place
   * was last written or read long ago, so its rows have left the caches; a park writes some forty
   * values across its five columns, and writes that miss hold up the writes behind them. Read now, the
   * rows arrive while other events are handled: the next closure of a child expected back is
   * microseconds away, and finds them in cache.
   */
  private warmed = 0;
  /** Id prefixes (`C` for the cohort, `PF` for private fostering): a child's id is its prefix and index. */
  private readonly prefixes: string[] = [];

  /** How many children are parked. */
  get size(): number {
    return this.count;
  }

  /** Parks a closed case until its child's return; returns their place. */
  park(c: CaseRecord): number {
    const place = this.free.pop() ?? this.grow();
    const b = place >>> BLOCK_BITS;
    const row = place & BLOCK_MASK;
    const ints = this.ints[b]!;
    const i = row * INTS;
    ints[i] = c.index;
    ints[i + 1] = c.dob;
    ints[i + 2] = c.lastReferral ?? NO_DAY;
    ints[i + 3] = c.lastCareLeft ?? NO_DAY;
    ints[i + 4] = c.journey.leaf;
    ints[i + 5] = c.dice.c;
    ints[i + 6] = c.dice.s0;
    ints[i + 7] = c.dice.s1;
    ints[i + 8] = c.dice.s2;
    const fractions = this.fractions[b]!;
    const f = row * FRACTIONS;
    fractions[f] = c.risk;
    fractions[f + 1] = c.priorRisk;
    const codes = this.codes[b]!;
    const k = row * CODES;
    codes[k] = SEXES.indexOf(c.sex);
    codes[k + 1] = ETHNICITIES.indexOf(c.ethnicity);
    codes[k + 2] = NEED_CODES.indexOf(c.need);
    codes[k + 3] = this.prefixOf(c);
    packContext(c.journey.context, this.contexts[b]!, row * CONTEXT_WORDS);
    this.held[b]![row] = 1;
    this.count++;
    this.warmed ^= this.warm(this.free.length > 0 ? this.free[this.free.length - 1]! : this.used);
    return place;
  }

  /** Whether a child is parked at `place`. */
  has(place: number): boolean {
    return place >= 0 && place < this.used && this.held[place >>> BLOCK_BITS]![place & BLOCK_MASK] === 1;
  }

  /**
   * Reads the row at `place` (all five columns), for a return due soon: a child is parked for months,
   * so a return's first reads of its row miss the caches; reading a few returns ahead lets those fetches
   * overlap (simulate's warm handler). Returns a value that means nothing, for the caller to keep.
   */
  warm(place: number): number {
    if (place < 0 || place >= this.used) return 0;
    const b = place >>> BLOCK_BITS;
    const row = place & BLOCK_MASK;
    return this.ints[b]![row * INTS]! ^ this.codes[b]![row * CODES]! ^ this.contexts[b]![row * CONTEXT_WORDS]!
      ^ this.held[b]![row]! ^ (this.fractions[b]![row * FRACTIONS]! > 0.5 ? 1 : 0);
  }

  /** Takes the child parked at `place` out as an open case record in `slot`, or undefined if none is there. */
  take(place: number, slot: number): CaseRecord | undefined {
    if (!this.has(place)) return undefined;
    const b = place >>> BLOCK_BITS;
    const row = place & BLOCK_MASK;
    const ints = this.ints[b]!;
    const fractions = this.fractions[b]!;
    const codes = this.codes[b]!;
    const i = row * INTS;
    const f = row * FRACTIONS;
    const k = row * CODES;
    const index = ints[i]!;
    const dice = new ChildDice(ints[i + 5]!, ints[i + 6]!, ints[i + 7]!, ints[i + 8]!);
    const c = createNewCaseRecord(
      slot, index, childId(`${this.prefixes[codes[k + 3]!]}${index}`), dice, ints[i + 1]! as SimDay,
      SEXES[codes[k]!]!, ETHNICITIES[codes[k + 1]!]!, NEED_CODES[codes[k + 2]!]!, fractions[f]!, ints[i + 4]!,
    );
    unpackContext(this.contexts[b]!, row * CONTEXT_WORDS, c.journey.context);
    c.priorRisk = fractions[f + 1]!;
    c.lastReferral = day(ints[i + 2]!);
    c.lastCareLeft = day(ints[i + 3]!);
    this.held[b]![row] = 0;
    this.free.push(place);
    this.count--;
    return c;
  }

  /**
   * The position of the case's id prefix (its id less its index) in the prefix list. A known prefix is
   * recognised by length and start, building no string: this runs at every closure of a child expected
   * back (about a million a year at England scale).
   */
  private prefixOf(c: CaseRecord): number {
    const id = c.id;
    const prefixLength = endOfPrefix(id, c.index);
    if (prefixLength < 0) throw new Error(`child ${id} cannot be parked: its id must end with its index ${c.index}`);
    const prefixes = this.prefixes;
    for (let at = 0; at < prefixes.length; at += 1) {
      const prefix = prefixes[at]!;
      if (prefix.length === prefixLength && id.startsWith(prefix)) return at;
    }
    return prefixes.push(id.slice(0, prefixLength)) - 1;
  }

  /** A new place at the end, adding a block of columns when the last is full. */
  private grow(): number {
    if ((this.used & BLOCK_MASK) === 0) {
      this.ints.push(new Int32Array(BLOCK * INTS));
      this.fractions.push(new Float64Array(BLOCK * FRACTIONS));
      this.codes.push(new Uint8Array(BLOCK * CODES));
      this.contexts.push(new Uint16Array(BLOCK * CONTEXT_WORDS));
      this.held.push(new Uint8Array(BLOCK));
    }
    return this.used++;
  }
}

/** Where the decimal digits of `index` (a non-negative integer) start at the end of `id`, or −1 if `id` does not end with them. */
function endOfPrefix(id: string, index: number): number {
  let at = id.length;
  let rest = index;
  do {
    at -= 1;
    if (at < 0 || id.charCodeAt(at) !== 48 + (rest % 10)) return -1;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return at;
}

function day(value: number): SimDay | null {
  return value === NO_DAY ? null : (value as SimDay);
}
