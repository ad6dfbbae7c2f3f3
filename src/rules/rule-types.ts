/**
 * The shape of a statutory timescale as data (ARCHITECTURE.md D5; house-style §6 rule 6).
 *
 * Why data and not code: every clock the simulator reports must trace to one row of
 * reference/statutory-rules.md §1, so a rule is a record with the same id, its start and stop events,
 * its limit, its chaining and its citation. The evaluator (evaluator.ts) interprets these records; it
 * knows nothing about any particular rule.
 */
import type { Brand } from '../domain/brand.ts';
import type { EventType } from '../domain/events.ts';
import type { ConditionName } from './conditions.ts';

/** A rule's id: the snake_case id of its row in statutory-rules.md §1, e.g. `icpc_15wd`. */
export type RuleId = Brand<string, 'RuleId'>;

const RULE_ID = /^[a-z][a-z0-9]*(_[a-zA-Z0-9]+)*$/;

/**
 * Mints a `RuleId` from the snake_case id of statutory-rules.md §1.
 * @example ruleId('icpc_15wd')
 */
export function ruleId(text: string): RuleId {
  if (!RULE_ID.test(text)) {
    throw new RangeError(`rule id "${text}" is not snake_case; use the id of its row in statutory-rules.md §1, e.g. "icpc_15wd"`);
  }
  return text as RuleId;
}

/** The stage of the child's journey a rule belongs to (ARCHITECTURE.md §4). */
export type Stage = 'frontDoor' | 'assessment' | 'childProtection' | 'childInNeed' | 'care' | 'permanence' | 'leavingCare' | 'privateFostering';

/** A value an event data field can be compared with (codes are strings, flags are booleans). */
export type FieldValue = string | boolean;

/**
 * A test on one data field: `in` — the field is present and one of the values; `notIn` — the field is
 * absent or none of the values (so `{ field: 'kind', notIn: ['adviser'] }` accepts a visit with no kind).
 */
export type FieldTest =
  | { readonly field: string; readonly in: readonly FieldValue[] }
  | { readonly field: string; readonly notIn: readonly FieldValue[] };

/** Matches events of one type and, if `where` is given, whose data passes the field test. */
export interface EventMatcher {
  readonly type: EventType;
  readonly where?: FieldTest;
}

/** How a limit is counted (statutory-rules.md §2). */
export type LimitUnit = 'workingDays' | 'days' | 'weeks' | 'months';

/**
 * A time limit. `beginningWith`: the start day counts as day 1 ("within 26 weeks beginning with the
 * day…", CA1989 s.32(1)(a)), so the last day is one earlier than "within 26 weeks of".
 */
export interface Limit {
  readonly amount: number;
  readonly unit: LimitUnit;
  readonly beginningWith?: true;
}

/** One alternative of a conditional limit; the first whose condition holds wins (the last has none). */
export interface LimitAlternative {
  readonly when?: Condition;
  readonly limit: Limit;
}

/** A named condition, its negation, or all of several (kept as data so rules stay printable). */
export type Condition = ConditionName | { readonly not: ConditionName } | { readonly all: readonly Condition[] };

/**
 * How a clock's start day is chosen from the event that opens it (default: the event's own day).
 * - `nextWorkingDay`: a contact at a weekend or on a bank holiday counts as received on the next working day
 *   (statutory-rules.md §1 referral_decision_1wd);
 * - `lastStrategyDiscussion`: the day of the most recent strategy discussion, as DfE dates the s47
 *   (`S47ActualStartDate`), or the event's own day if there was none.
 */
export type Anchor = 'nextWorkingDay' | 'lastStrategyDiscussion';

/**
 * A start that is not an event but a day derived from the child's history, found by the evaluator even
 * when it falls between two events. `becomingEligibleChild`: the first day the young person is an
 * "eligible child" (CA1989 Sch 2 para 19B; CPPCR2010 reg 40), see eligibility.ts.
 */
export type DerivedStart = 'becomingEligibleChild';

/** The local-rule parameters of a scenario (ARCHITECTURE.md D5: local rules are scenario parameters). */
export interface LocalRuleParameters {
  /** Interval between visits to a child on a child protection plan (no national number; commonly 10). */
  readonly cpVisitWorkingDays: number;
  /** Interval between child-in-need plan reviews (no national number; commonly 3 months). */
  readonly cinReviewMonths: number;
  /** Time from the decision to hold a strategy discussion to holding it (local; commonly 1). */
  readonly strategyWorkingDays: number;
  /** Time for a section 47 enquiry from the strategy discussion (local manuals: 10–15). */
  readonly s47WorkingDays: number;
  /** Adoption scorecard A1 threshold, entering care → placed for adoption (426 days = 14 months from 2013–16). */
  readonly a1ThresholdDays: number;
  /** Adoption scorecard A2 threshold, placement order → match (121 days = 4 months from 2012–15). */
  readonly a2ThresholdDays: number;
}

/** The name of one local-rule parameter. */
export type LocalParameterName = keyof LocalRuleParameters;

/** Defaults for the local rules, each the common value named in statutory-rules.md §1. */
export const DEFAULT_LOCAL_RULES: LocalRuleParameters = {
  cpVisitWorkingDays: 10,
  cinReviewMonths: 3,
  strategyWorkingDays: 1,
  s47WorkingDays: 15,
  a1ThresholdDays: 426,
  a2ThresholdDays: 121,
};

/** One statutory (or local) timescale: what opens its clock, what stops or cancels it, and its limit. */
export interface TimescaleRule {
  /** The id of its row in statutory-rules.md §1. */
  readonly id: RuleId;
  /** Plain words for screens and reports. */
  readonly title: string;
  readonly stage: Stage;
  /** Events that open a clock (a new start replaces an open clock of the same rule). */
  readonly start: readonly EventMatcher[];
  /** A derived start day instead of (or as well as) start events. */
  readonly startsOn?: DerivedStart;
  /** Chaining: a clock opens on the day a clock of one of these rules is stopped (met or late). */
  readonly after?: readonly RuleId[];
  /** The rule (and each chain link) applies only when this holds at that moment. */
  readonly when?: Condition;
  readonly anchor?: Anchor;
  readonly stop: readonly EventMatcher[];
  /** Events that end the duty: the clock is dropped, or reported late if it was already past due. */
  readonly cancel: readonly EventMatcher[];
  readonly limit: Limit | readonly LimitAlternative[];
  /** A measurement population (adoption scorecards): a cancelled clock is dropped, never late. */
  readonly onlyWhenStopped?: true;
  /** A local rule whose limit amount comes from this parameter of `LocalRuleParameters`. */
  readonly local?: LocalParameterName;
  /** Citation, with the short source names of statutory-rules.md. */
  readonly source: string;
  /** Confidence of statutory-rules.md §1: H checked against the text, M consistent secondary sources. */
  readonly confidence: 'H' | 'M';
}
