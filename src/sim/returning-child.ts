import { ETHNICITIES, NEED_CODES, SEXES, childId, type SimDay } from '../domain/index.ts';
import { CONTEXT_WORDS, packContext, unpackContext } from '../journey/index.ts';
import { createCaseRecord, type CaseRecord } from './case-record.ts';
import { ChildDice } from './dice.ts';

/** "No such day" in the day columns (lastReferral, lastCareLeft): no simulated day comes near it. */
const NO_DAY = -0x80000000;

// Columns per place: integers (index, dob, lastReferral, lastCareLeft, journey leaf, dice carry),
// fractions (risk, priorRisk, dice s0–s2), codes (sex, ethnicity, need, id prefix).
const INTS = 6;
const FRACTIONS = 5;
const CODES = 4;

/**
 * The children expected back at the front door, each parked in a numbered place until their return
 * day: the place is the kernel payload of their return. A parked child is only what their return
 * needs (who they are, their risk and history, their journey state and their dice), kept in typed
 * columns rather than objects: about 110 bytes a child instead of some 600 in five objects and a
 * handful of boxed numbers, and nothing for the garbage collector to trace. Most children a national
 * run holds at once are these (ARCHITECTURE §7: memory follows open cases).
 */
export class ReturningChildren {
  private ints = new Int32Array(0);
  private fractions = new Float64Array(0);
  private codes = new Uint8Array(0);
  private contexts = new Uint16Array(0);
  /** Whether each place holds a child. */
  private held = new Uint8Array(0);
  private readonly free: number[] = [];
  /** Places ever used; the columns hold `capacity`. */
  private used = 0;
  private capacity = 0;
  private count = 0;
  /** Id prefixes (`C` for the cohort, `PF` for private fostering): a child's id is its prefix and index. */
  private readonly prefixes: string[] = [];

  /** How many children are parked. */
  get size(): number {
    return this.count;
  }

  /** Parks a closed case until its child's return; returns their place. */
  park(c: CaseRecord): number {
    const place = this.free.pop() ?? this.grow();
    const i = place * INTS;
    this.ints[i] = c.index;
    this.ints[i + 1] = c.dob;
    this.ints[i + 2] = c.lastReferral ?? NO_DAY;
    this.ints[i + 3] = c.lastCareLeft ?? NO_DAY;
    this.ints[i + 4] = c.journey.leaf;
    this.ints[i + 5] = c.dice.c;
    const f = place * FRACTIONS;
    this.fractions[f] = c.risk;
    this.fractions[f + 1] = c.priorRisk;
    this.fractions[f + 2] = c.dice.s0;
    this.fractions[f + 3] = c.dice.s1;
    this.fractions[f + 4] = c.dice.s2;
    const k = place * CODES;
    this.codes[k] = SEXES.indexOf(c.sex);
    this.codes[k + 1] = ETHNICITIES.indexOf(c.ethnicity);
    this.codes[k + 2] = NEED_CODES.indexOf(c.need);
    this.codes[k + 3] = this.prefixOf(c);
    packContext(c.journey.context, this.contexts, place * CONTEXT_WORDS);
    this.held[place] = 1;
    this.count++;
    return place;
  }

  /** Whether a child is parked at `place`. */
  has(place: number): boolean {
    return place < this.used && this.held[place] === 1;
  }

  /** Takes the child parked at `place` out as an open case record in `slot`, or undefined if none is there. */
  take(place: number, slot: number): CaseRecord | undefined {
    if (!this.has(place)) return undefined;
    const i = place * INTS;
    const f = place * FRACTIONS;
    const k = place * CODES;
    const index = this.ints[i]!;
    const dice = new ChildDice(this.ints[i + 5]!, this.fractions[f + 2]!, this.fractions[f + 3]!, this.fractions[f + 4]!);
    const journey = { leaf: this.ints[i + 4]!, context: unpackContext(this.contexts, place * CONTEXT_WORDS) };
    const c = createCaseRecord(
      slot, index, childId(`${this.prefixes[this.codes[k + 3]!]}${index}`), dice, this.ints[i + 1]! as SimDay,
      SEXES[this.codes[k]!]!, ETHNICITIES[this.codes[k + 1]!]!, NEED_CODES[this.codes[k + 2]!]!, this.fractions[f]!, journey,
    );
    c.priorRisk = this.fractions[f + 1]!;
    c.lastReferral = day(this.ints[i + 2]!);
    c.lastCareLeft = day(this.ints[i + 3]!);
    this.held[place] = 0;
    this.free.push(place);
    this.count--;
    return c;
  }

  /** The position of the case's id prefix (its id less its index) in the prefix list. */
  private prefixOf(c: CaseRecord): number {
    const digits = String(c.index);
    if (!c.id.endsWith(digits)) throw new Error(`child ${c.id} cannot be parked: its id must end with its index ${digits}`);
    const prefix = c.id.slice(0, c.id.length - digits.length);
    let at = this.prefixes.indexOf(prefix);
    if (at < 0) at = this.prefixes.push(prefix) - 1;
    return at;
  }

  /** A new place at the end, doubling the columns when they are full. */
  private grow(): number {
    if (this.used === this.capacity) {
      const capacity = Math.max(1024, this.capacity * 2);
      this.ints = widen(this.ints, new Int32Array(capacity * INTS));
      this.fractions = widen(this.fractions, new Float64Array(capacity * FRACTIONS));
      this.codes = widen(this.codes, new Uint8Array(capacity * CODES));
      this.contexts = widen(this.contexts, new Uint16Array(capacity * CONTEXT_WORDS));
      this.held = widen(this.held, new Uint8Array(capacity));
      this.capacity = capacity;
    }
    return this.used++;
  }
}

function widen<T extends Int32Array | Float64Array | Uint8Array | Uint16Array>(old: T, wider: T): T {
  wider.set(old as never);
  return wider;
}

function day(value: number): SimDay | null {
  return value === NO_DAY ? null : (value as SimDay);
}
