import type { ChildId, Ethnicity, NeedCode, SimDay, Sex } from '../domain/index.ts';
import type { JourneyState } from '../journey/index.ts';
import { createCaseRecord, type CaseRecord } from './case-record.ts';
import type { ChildDice } from './dice.ts';

/**
 * A closed case whose child is expected back: only what their return needs (who they are, their
 * risk and history, their journey state and their dice). Most records a run holds at
 * once are these, so they are a fraction of a full case record (ARCHITECTURE §7: memory follows
 * open cases).
 */
export interface ReturningChild {
  readonly index: number;
  readonly id: ChildId;
  readonly dob: SimDay;
  readonly sex: Sex;
  readonly ethnicity: Ethnicity;
  readonly need: NeedCode;
  readonly risk: number;
  readonly priorRisk: number;
  readonly lastReferral: SimDay | null;
  readonly lastCareLeft: SimDay | null;
  readonly journey: JourneyState;
  /** The child's dice as they stood at closure: the stream object itself, four numbers. */
  readonly dice: ChildDice;
}

/** Packs a closed case for its time away. */
export function packReturning(c: CaseRecord): ReturningChild {
  return {
    index: c.index, id: c.id, dob: c.dob, sex: c.sex, ethnicity: c.ethnicity, need: c.need, risk: c.risk, priorRisk: c.priorRisk,
    lastReferral: c.lastReferral, lastCareLeft: c.lastCareLeft, journey: c.journey, dice: c.dice,
  };
}

/** Rebuilds the case record of a child coming back, in `slot`, with their dice where they stood. */
export function unpackReturning(r: ReturningChild, slot: number): CaseRecord {
  const c = createCaseRecord(slot, r.index, r.id, r.dice, r.dob, r.sex, r.ethnicity, r.need, r.risk, r.journey);
  c.priorRisk = r.priorRisk;
  c.lastReferral = r.lastReferral;
  c.lastCareLeft = r.lastCareLeft;
  return c;
}

/**
 * The children expected back, each parked in a numbered place until their return day: the place is
 * the kernel payload of their return, so bringing them back is an array read, not a hash lookup
 * in a map of a million children (and the table costs a pointer a child, not a map entry).
 */
export class ReturningChildren {
  private readonly parked: (ReturningChild | undefined)[] = [];
  private readonly free: number[] = [];
  private count = 0;

  /** How many children are parked. */
  get size(): number {
    return this.count;
  }

  /** Parks a child; returns their place. */
  park(child: ReturningChild): number {
    const place = this.free.pop() ?? this.parked.length;
    this.parked[place] = child;
    this.count++;
    return place;
  }

  /** Takes the child parked at `place` out, or undefined if none is there. */
  take(place: number): ReturningChild | undefined {
    const child = this.parked[place];
    if (child === undefined) return undefined;
    this.parked[place] = undefined;
    this.free.push(place);
    this.count--;
    return child;
  }
}
