import { addWorkingDays, nextWorkingDayOnOrAfter } from '../calendar/index.ts';
import type { SimDay } from '../domain/index.ts';
import { bernoulli, streamFor, type RandomStream } from '../random/index.ts';

/**
 * Slots of conference chairs or IROs (mechanism 6): each working day offers
 * (people present) × (meetings per week ÷ 5) slots; people are off on a day with the absence
 * rate. A meeting is booked on the first working day on or after the day asked for that still
 * has a slot. With the mechanism off, every meeting happens on the day asked for.
 */
export interface Bookings {
  readonly people: number;
  readonly perWeek: number;
  readonly absenceRate: number;
  readonly enabled: boolean;
  readonly dice: RandomStream;
  /** Slots left per day, for days that have been asked about; old days are dropped. */
  readonly left: Map<number, number>;
}

export function createBookings(seed: number, purpose: string, people: number, perWeek: number, absenceRate: number, enabled: boolean): Bookings {
  return { people, perWeek, absenceRate, enabled, dice: streamFor(seed, purpose), left: new Map() };
}

function slotsOn(b: Bookings): number {
  let present = 0;
  for (let i = 0; i < b.people; i += 1) if (!bernoulli(b.dice, b.absenceRate)) present += 1;
  return Math.floor((present * b.perWeek) / 5 + 0.5);
}

/** Books the first free slot on or after `wanted` (never before `today`); returns the day. */
export function book(b: Bookings, wanted: number, today: SimDay): SimDay {
  let day = nextWorkingDayOnOrAfter(Math.max(wanted, today) as SimDay);
  if (!b.enabled) return day;
  for (let guard = 0; guard < 2000; guard += 1) {
    let left = b.left.get(day);
    if (left === undefined) {
      left = slotsOn(b);
      b.left.set(day, left);
    }
    if (left > 0) {
      b.left.set(day, left - 1);
      return day;
    }
    day = addWorkingDays(day, 1);
  }
  throw new Error(`no ${b.people > 0 ? 'free slot' : 'chair or IRO at all'} within 2000 working days of day ${wanted}; add chairs or IROs to the scenario`);
}

/** Forgets days before `today` (their slots can no longer be booked). */
export function forgetBefore(b: Bookings, today: number): void {
  if (b.left.size < 512) return;
  for (const day of b.left.keys()) if (day < today) b.left.delete(day);
}

