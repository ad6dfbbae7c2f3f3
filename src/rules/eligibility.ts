/**
 * The day a young person becomes an "eligible child" (CA1989 Sch 2 para 19B; CPPCR2010 reg 40), found
 * incrementally even when it falls between two events.
 *
 * Definition used (statutory-rules.md §1 eligible_child): day D is eligible when, at the start of D
 * (after every event of earlier days), the child is looked after other than on a reg 48 short break
 * (legal status V3/V4), is 16 or 17 on D, and has been looked after (not on a short break) for at least
 * 13 weeks = 91 days on or after the 14th birthday before D. A day counts as looked after when the
 * child is looked after at its end (after that day's events), so a period entered on day s and left on
 * day e counts the days s … e − 1. Ages are completed years (ageInYears). The date of birth is the
 * first one a contact records; days before it was known are not counted.
 */
import { addYears, ageInYears } from '../calendar/index.ts';
import type { SimDay } from '../domain/time.ts';
import { inQualifyingCare } from './child-context.ts';
import type { ChildContext } from './child-context.ts';

/** 13 weeks (CA1989 Sch 2 para 19B(2)(b)). */
export const ELIGIBLE_CHILD_DAYS = 91;

/** Mutable per-child progress towards eligibility (part of the clock state, clock-state.ts). */
export interface EligibilityTracker {
  /** Day of the latest event taken in; undefined before the first. */
  lastEventDay: SimDay | undefined;
  /** Qualifying days before `lastEventDay` counted so far. */
  qualifyingDays: number;
  /** The eligible day was found (it starts a clock at most once per child). */
  eligibleFound: boolean;
  /** 14th, 16th and 18th birthdays, once the date of birth is known. */
  birthdays: { readonly b14: SimDay; readonly b16: SimDay; readonly b18: SimDay } | undefined;
}

/** The first day on which the child is `years` old (29 February birthdays: 1 March in other years). */
function birthday(dob: SimDay, years: number): SimDay {
  const candidate = addYears(dob, years);
  return (ageInYears(dob, candidate) >= years ? candidate : candidate + 1) as SimDay;
}

function birthdaysOf(tracker: EligibilityTracker, ctx: ChildContext): EligibilityTracker['birthdays'] {
  if (tracker.birthdays === undefined && ctx.dob !== undefined) {
    tracker.birthdays = { b14: birthday(ctx.dob, 14), b16: birthday(ctx.dob, 16), b18: birthday(ctx.dob, 18) };
  }
  return tracker.birthdays;
}

/**
 * Returns the first eligible day in (tracker.lastEventDay, upTo], assuming the context has not changed since
 * tracker.lastEventDay, or undefined if there is none (or it was found already).
 * @example firstEligibleDay(tracker, ctx, event.day)
 */
export function firstEligibleDay(tracker: EligibilityTracker, ctx: ChildContext, upTo: SimDay): SimDay | undefined {
  const last = tracker.lastEventDay;
  if (tracker.eligibleFound || last === undefined || upTo <= last || !inQualifyingCare(ctx)) return undefined;
  const b = birthdaysOf(tracker, ctx);
  if (b === undefined) return undefined;
  // Qualifying days before D: qualifyingDays + the days of [max(lastEventDay, b14), D).
  const enough = tracker.qualifyingDays >= ELIGIBLE_CHILD_DAYS
    ? last + 1
    : Math.max(last, b.b14) + ELIGIBLE_CHILD_DAYS - tracker.qualifyingDays;
  const first = Math.max(last + 1, b.b16, enough);
  return first <= upTo && first < b.b18 ? (first as SimDay) : undefined;
}

/**
 * Counts the days from tracker.lastEventDay up to (not including) `to` with the current context, and moves on to `to`.
 * @example advanceEligibility(tracker, ctx, event.day)
 */
export function advanceEligibility(tracker: EligibilityTracker, ctx: ChildContext, to: SimDay): void {
  if (tracker.lastEventDay !== undefined && to > tracker.lastEventDay && !tracker.eligibleFound && inQualifyingCare(ctx)) {
    const b = birthdaysOf(tracker, ctx);
    if (b !== undefined) tracker.qualifyingDays += Math.max(0, to - Math.max(tracker.lastEventDay, b.b14));
  }
  if (tracker.lastEventDay === undefined || to > tracker.lastEventDay) tracker.lastEventDay = to;
}
