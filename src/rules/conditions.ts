/**
 * Named conditions of the rule catalogue: pure predicates over what the evaluator knows about one child.
 *
 * Why named: a rule record says `when: 'placementInFirstYear'` and stays plain data that a screen can
 * print; the meaning lives here once, with its citation, and the evaluator only looks it up.
 * Conditions are asked "at a moment": the day of the event being processed (or the derived start day),
 * after the context has taken that event into account (see child-context.ts).
 */
import { addYears, ageInYears } from '../calendar/index.ts';
import type { SimDay } from '../domain/time.ts';
import type { ChildContext } from './child-context.ts';
import { dayMemo, memoAt } from './day-memo.ts';
import type { Condition } from './rule-types.ts';

/** Age thresholds use completed years (ageInYears, Family Law Reform Act 1969 s.9), not deadline arithmetic. */
function under(ctx: ChildContext, day: SimDay, years: number): boolean {
  if (ctx.dob === undefined) return false;
  return day < ctx.dob || ageInYears(ctx.dob, day) < years;
}

/** A placement's first anniversary, asked at every visit of a looked-after child, so remembered per day. */
const FIRST_ANNIVERSARY = dayMemo((start) => addYears(start, 1));

/** The child's current placement is still in its first year (CPPCR2010 reg 28(2)(b): "during the first year"). */
function inFirstYear(ctx: ChildContext, day: SimDay): boolean {
  return ctx.placement !== undefined && day < memoAt(FIRST_ANNIVERSARY, ctx.placement.start);
}

/** Reg 28(3)–(5) placements with their own visit regime: placed with a parent, or a temporarily approved connected person. */
function specialVisits(ctx: ChildContext): boolean {
  return ctx.placement !== undefined && (ctx.placement.place === 'P1' || ctx.placement.temporaryApproval);
}

/** The name of a condition a rule may use in `when`. */
export type ConditionName =
  | 'lookedAfter' | 'childUnder5' | 'placementInFirstYear' | 'placementAfterFirstYear' | 'specialVisitPlacement'
  | 'placedWithParent' | 'temporaryApproval' | 'longTermPlacement' | 'ltfWithConsent' | 'beforeFirstReviewOfPeriod'
  | 'noAdoptionReviewYet' | 'noPathwayPlanYet' | 'hospitalPlacement' | 'carersHolidayPlacement'
  | 'privateFosteringAfterFirstYear';

/** A condition's meaning in plain words and its pure test. */
export interface ConditionSpec {
  readonly description: string;
  readonly test: (ctx: ChildContext, day: SimDay) => boolean;
}

/** Every condition a rule may name, with its meaning in plain words and its test. */
export const CONDITIONS: { readonly [K in ConditionName]: ConditionSpec } = {
  lookedAfter: {
    description: 'the child is looked after',
    test: (ctx: ChildContext): boolean => ctx.lookedAfter,
  },
  childUnder5: {
    description: 'the child is under 5 (date of birth known); HealthSG2015: review health assessments 6-monthly under 5',
    test: (ctx: ChildContext, day: SimDay): boolean => under(ctx, day, 5),
  },
  placementInFirstYear: {
    description: 'an ordinary placement (not reg 28(3)–(5)) that started less than a year ago (CPPCR2010 reg 28(2)(b))',
    test: (ctx: ChildContext, day: SimDay): boolean => inFirstYear(ctx, day) && !specialVisits(ctx),
  },
  placementAfterFirstYear: {
    description: 'an ordinary placement (not reg 28(3)–(5)) that has lasted a year or more (CPPCR2010 reg 28(2)(c))',
    test: (ctx: ChildContext, day: SimDay): boolean => ctx.placement !== undefined && !inFirstYear(ctx, day) && !specialVisits(ctx),
  },
  specialVisitPlacement: {
    description: 'placed with a parent (P1) or with a temporarily approved connected person (CPPCR2010 reg 28(3)–(5))',
    test: (ctx: ChildContext): boolean => specialVisits(ctx),
  },
  placedWithParent: {
    description: 'the current placement is with a parent (SSDA903 PLACE P1)',
    test: (ctx: ChildContext): boolean => ctx.placement?.place === 'P1',
  },
  temporaryApproval: {
    description: 'the current carer is a connected person temporarily approved under CPPCR2010 reg 24',
    test: (ctx: ChildContext): boolean => ctx.placement?.temporaryApproval === true,
  },
  longTermPlacement: {
    description: 'the placement is intended to last until the child is 18 (CPPCR2010 reg 28(2)(c))',
    test: (ctx: ChildContext): boolean => ctx.placement?.longTerm === true,
  },
  ltfWithConsent: {
    description: 'a long-term foster placement where the child agrees to six-monthly visits (CPPCR2010 reg 28(3A))',
    test: (ctx: ChildContext): boolean => ctx.placement?.longTerm === true && ctx.placement.ltfConsent,
  },
  beforeFirstReviewOfPeriod: {
    description: 'no looked-after review has been held yet in this period of care',
    test: (ctx: ChildContext): boolean => !ctx.reviewHeldInPeriod,
  },
  noAdoptionReviewYet: {
    description: 'no review has been held since the child was placed for adoption (AAR2005 reg 36)',
    test: (ctx: ChildContext): boolean => !ctx.adoptionReviewHeld,
  },
  noPathwayPlanYet: {
    description: 'no pathway plan has been made for the young person yet',
    test: (ctx: ChildContext): boolean => !ctx.pathwayPlanMade,
  },
  hospitalPlacement: {
    description: 'the current placement is a temporary period in hospital (SSDA903 PLACE T1)',
    test: (ctx: ChildContext): boolean => ctx.placement?.place === 'T1',
  },
  carersHolidayPlacement: {
    description: "the current placement is temporary accommodation while the usual carer is on holiday (PLACE T3)",
    test: (ctx: ChildContext): boolean => ctx.placement?.place === 'T3',
  },
  privateFosteringAfterFirstYear: {
    description: 'a private fostering arrangement the authority has known of for a year or more (PFR2005 reg 8(1)(b))',
    test: (ctx: ChildContext, day: SimDay): boolean =>
      ctx.privateFosteringFrom !== undefined && day >= addYears(ctx.privateFosteringFrom, 1),
  },
};

/** Every condition name, in declaration order. */
export const CONDITION_NAMES: readonly ConditionName[] = Object.keys(CONDITIONS) as ConditionName[];

/**
 * Tells whether a condition (a name, `{ not }` or `{ all }`) holds for a child on a day.
 * @example holds({ all: ['lookedAfter', { not: 'childUnder5' }] }, ctx, day)
 */
export function holds(condition: Condition, ctx: ChildContext, day: SimDay): boolean {
  if (typeof condition === 'string') return CONDITIONS[condition].test(ctx, day);
  if ('not' in condition) return !CONDITIONS[condition.not].test(ctx, day);
  for (const part of condition.all) if (!holds(part, ctx, day)) return false;
  return true;
}

/** A condition turned into one test, so that asking it is a call rather than a walk over the data. */
export type ConditionTest = (ctx: ChildContext, day: SimDay) => boolean;

/**
 * Compiles a condition into a test that answers as {@link holds} does, once per rule set rather than per event.
 * @example compileCondition({ not: 'childUnder5' })(ctx, day) === holds({ not: 'childUnder5' }, ctx, day)
 */
export function compileCondition(condition: Condition): ConditionTest {
  if (typeof condition === 'string') return CONDITIONS[condition].test;
  if ('not' in condition) {
    const test = CONDITIONS[condition.not].test;
    return (ctx, day) => !test(ctx, day);
  }
  const parts = condition.all.map(compileCondition);
  return (ctx, day) => {
    for (let i = 0; i < parts.length; i++) if (!(parts[i] as (typeof parts)[number])(ctx, day)) return false;
    return true;
  };
}
