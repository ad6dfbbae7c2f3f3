/**
 * The clock evaluator: turns one child's events into clocks, incrementally (ARCHITECTURE.md D5, §7).
 *
 * For each event, in this order:
 * 0. a derived start (becoming an eligible child) that fell on a day up to this event is opened;
 * 1. the child context takes the event in (so conditions see it);
 * 2. stops: matching open clocks close (met if stop ≤ due, else late), then their `after` successors
 *    whose `when` holds open on the stop day (chains run from the ACTUAL previous event, §2 point 5);
 * 3. cancels: a clock cancelled after its due day is late with no stop (the duty fell due and was not
 *    done while it applied); one cancelled on or before its due day is dropped (not applicable);
 *    `onlyWhenStopped` clocks (measurement populations) are always dropped;
 * 4. starts: a rule's `when` must hold; a new start replaces an open clock of the same rule, the old one
 *    being treated as cancelled.
 * The evaluator only reads the rule set's index for the event's type, never the whole catalogue.
 */
import { nextWorkingDayOnOrAfter, workingDaysBetween } from '../calendar/index.ts';
import type { JourneyEvent } from '../domain/events.ts';
import type { SimDay } from '../domain/time.ts';
import type { ChildContext } from './child-context.ts';
import { updateChildContext } from './child-context.ts';
import { compareClocks } from './clock.ts';
import type { Clock } from './clock.ts';
import { createClockState } from './clock-state.ts';
import type { ClockState, OpenClock } from './clock-state.ts';
import { holds } from './conditions.ts';
import { dueDay } from './due-day.ts';
import { advanceEligibility, firstEligibleDay } from './eligibility.ts';
import { createRuleSet } from './rule-set.ts';
import type { RuleSet } from './rule-set.ts';
import type { Limit, LimitAlternative, TimescaleRule } from './rule-types.ts';

function ruleAt(rules: RuleSet, index: number): TimescaleRule {
  return rules.rules[index] as TimescaleRule;
}

function applies(rule: TimescaleRule, ctx: ChildContext, day: SimDay): boolean {
  return rule.when === undefined || holds(rule.when, ctx, day);
}

/** The limit in force when a clock opens: the first alternative whose condition holds. */
function limitAt(rule: TimescaleRule, ctx: ChildContext, day: SimDay): Limit {
  if (!Array.isArray(rule.limit)) return rule.limit as Limit;
  for (const alternative of rule.limit as readonly LimitAlternative[]) {
    if (alternative.when === undefined || holds(alternative.when, ctx, day)) return alternative.limit;
  }
  throw new Error(`rule ${rule.id}: no limit alternative applies; end the list with one that has no condition`);
}

function findOpen(open: readonly OpenClock[], rule: number): number {
  for (let k = 0; k < open.length; k++) if ((open[k] as OpenClock).rule === rule) return k;
  return -1;
}

function removeAt(open: OpenClock[], k: number): OpenClock {
  const clock = open[k] as OpenClock;
  const last = open.pop() as OpenClock;
  if (k < open.length) open[k] = last;
  return clock;
}

function close(rules: RuleSet, state: ClockState, k: number, day: SimDay, emit: (clock: Clock) => void): void {
  const o = removeAt(state.open, k);
  emit({
    ruleId: ruleAt(rules, o.rule).id, start: o.start, due: o.due, stop: day,
    status: day <= o.due ? 'met' : 'late', workingDays: Math.max(0, workingDaysBetween(o.start, day)),
  });
}

function cancel(rules: RuleSet, state: ClockState, k: number, day: SimDay, emit: (clock: Clock) => void): void {
  const o = removeAt(state.open, k);
  const rule = ruleAt(rules, o.rule);
  if (rule.onlyWhenStopped !== true && day > o.due) emit({ ruleId: rule.id, start: o.start, due: o.due, status: 'late' });
}

function open(rules: RuleSet, state: ClockState, r: number, start: SimDay, moment: SimDay, emit: (clock: Clock) => void): void {
  const k = findOpen(state.open, r);
  if (k >= 0) cancel(rules, state, k, moment, emit);
  state.open.push({ rule: r, start, due: dueDay(start, limitAt(ruleAt(rules, r), state.ctx, moment)) });
}

function startDay(rule: TimescaleRule, ctx: ChildContext, day: SimDay): SimDay {
  switch (rule.anchor) {
    case undefined:
      return day;
    case 'nextWorkingDay':
      return nextWorkingDayOnOrAfter(day);
    case 'lastStrategyDiscussion':
      return ctx.lastStrategyDay ?? day;
    default: {
      const unknownAnchor: never = rule.anchor;
      throw new Error(`rule ${rule.id}: unknown anchor ${String(unknownAnchor)}; use nextWorkingDay or lastStrategyDiscussion`);
    }
  }
}

/**
 * Takes one event of a child into the clock state, calling `emit` for each clock the moment it closes.
 * @example applyClockEvent(rules, state, event, (clock) => sink.push(clock))
 */
export function applyClockEvent(rules: RuleSet, state: ClockState, event: JourneyEvent, emit: (clock: Clock) => void): void {
  const c = rules.compiled;
  const day = event.day;
  if (c.derived.length > 0 && state.eligibility.day !== day) {
    const eligible = firstEligibleDay(state.eligibility, state.ctx, day);
    if (eligible !== undefined) {
      state.eligibility.found = true;
      for (const r of c.derived) if (applies(ruleAt(rules, r), state.ctx, eligible)) open(rules, state, r, eligible, eligible, emit);
    }
    advanceEligibility(state.eligibility, state.ctx, day);
  }
  updateChildContext(state.ctx, event);
  const index = c.byType[event.type];
  const data = event.data as Readonly<Record<string, unknown>>;
  if (index.stops.length > 0) {
    let next: number[] | undefined;
    for (const t of index.stops) {
      if (!t.test(data)) continue;
      const k = findOpen(state.open, t.rule);
      if (k < 0) continue;
      close(rules, state, k, day, emit);
      for (const s of c.successors[t.rule] ?? []) {
        next ??= [];
        if (!next.includes(s)) next.push(s);
      }
    }
    if (next !== undefined) {
      for (const s of next) if (applies(ruleAt(rules, s), state.ctx, day)) open(rules, state, s, day, day, emit);
    }
  }
  for (const t of index.cancels) {
    if (!t.test(data)) continue;
    const k = findOpen(state.open, t.rule);
    if (k >= 0) cancel(rules, state, k, day, emit);
  }
  for (const t of index.starts) {
    if (!t.test(data)) continue;
    const rule = ruleAt(rules, t.rule);
    if (applies(rule, state.ctx, day)) open(rules, state, t.rule, startDay(rule, state.ctx, day), day, emit);
  }
}

/**
 * Lists a child's still-open clocks: `overdue` if `asOf` is after the due day, else `open`. With `asOf`,
 * a derived start that falls after the last event and on or before `asOf` is included.
 * @example openClocks(rules, state, simDayOf('2024-03-31')).filter((c) => c.status === 'overdue')
 */
export function openClocks(rules: RuleSet, state: ClockState, asOf?: SimDay): Clock[] {
  const status = (due: SimDay): Clock['status'] => (asOf !== undefined && asOf > due ? 'overdue' : 'open');
  const out: Clock[] = state.open.map((o) => ({ ruleId: ruleAt(rules, o.rule).id, start: o.start, due: o.due, status: status(o.due) }));
  if (asOf !== undefined && rules.compiled.derived.length > 0) {
    const eligible = firstEligibleDay(state.eligibility, state.ctx, asOf);
    if (eligible !== undefined) {
      for (const r of rules.compiled.derived) {
        const rule = ruleAt(rules, r);
        if (!applies(rule, state.ctx, eligible)) continue;
        const due = dueDay(eligible, limitAt(rule, state.ctx, eligible));
        out.push({ ruleId: rule.id, start: eligible, due, status: status(due) });
      }
    }
  }
  return out.sort((a, b) => compareClocks(a, b, rules.compiled.orderOf));
}

let defaultRules: RuleSet | undefined;

/**
 * The catalogue with the default local-rule parameters (built once).
 * @example evaluateClocks(events, { rules: defaultRuleSet() })
 */
export function defaultRuleSet(): RuleSet {
  defaultRules ??= createRuleSet();
  return defaultRules;
}

/** Options of {@link evaluateClocks}. */
export interface EvaluateOptions {
  /** Defaults to {@link defaultRuleSet}. */
  readonly rules?: RuleSet;
  /** The day open clocks are judged on (open or overdue); also finds derived starts up to it. */
  readonly asOf?: SimDay;
}

/**
 * Evaluates one child's events, in day order, into all their clocks (closed and open), sorted by start
 * day, catalogue order and due day.
 * @example evaluateClocks(events, { asOf: simDayOf('2024-03-31') })
 */
export function evaluateClocks(events: readonly JourneyEvent[], options: EvaluateOptions = {}): Clock[] {
  const rules = options.rules ?? defaultRuleSet();
  const state = createClockState();
  const out: Clock[] = [];
  const emit = (clock: Clock): void => {
    out.push(clock);
  };
  let previous: JourneyEvent | undefined;
  for (const event of events) {
    if (previous !== undefined) {
      if (event.day < previous.day) {
        throw new RangeError(`evaluateClocks: event ${event.type} on day ${event.day} comes after day ${previous.day}; sort one child's events by day first`);
      }
      if (event.child !== previous.child) {
        throw new RangeError(`evaluateClocks: events of children ${previous.child} and ${event.child} are mixed; evaluate each child's events separately`);
      }
    }
    applyClockEvent(rules, state, event, emit);
    previous = event;
  }
  out.push(...openClocks(rules, state, options.asOf));
  return out.sort((a, b) => compareClocks(a, b, rules.compiled.orderOf));
}
