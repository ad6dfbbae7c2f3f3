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
import { clockDue, clockRule, clockStart, createClockState, setClock } from './clock-state.ts';
import type { ClockState } from './clock-state.ts';
import { dueDay } from './due-day.ts';
import { advanceEligibility, firstEligibleDay } from './eligibility.ts';
import { createRuleSet } from './rule-set.ts';
import type { LimitPlan, RulePlan, RuleSet, Trigger } from './rule-set.ts';
import type { Limit } from './rule-types.ts';

/**
 * Receives each clock the evaluator decides, as plain numbers, so that deciding a clock allocates nothing
 * (the KPI projection folds them straight into counters). `rule` is the index in `RuleSet.rules`.
 */
export interface ClockSink {
  /** A clock stopped on `stop`: met if `stop <= due`, else late; `workingDays` in (start, stop], at least 0. */
  stopped(rule: number, start: SimDay, due: SimDay, stop: SimDay, workingDays: number): void;
  /** A clock cancelled after its due day: late, with no stop (decided on the day of the event being applied). */
  lapsed(rule: number, start: SimDay, due: SimDay): void;
}

function planAt(plans: readonly RulePlan[], index: number): RulePlan {
  return plans[index] as RulePlan;
}

function applies(plan: RulePlan, ctx: ChildContext, day: SimDay): boolean {
  return plan.when === undefined || plan.when(ctx, day);
}

/** The limit in force when a clock opens: the first alternative whose condition holds. */
function limitAt(plan: RulePlan, ctx: ChildContext, day: SimDay): Limit {
  const limits = plan.limits;
  for (let i = 0; i < limits.length; i++) {
    const alternative = limits[i] as LimitPlan;
    if (alternative.when === undefined || alternative.when(ctx, day)) return alternative.limit;
  }
  throw new Error(`rule ${plan.id}: no limit alternative applies; end the list with one that has no condition`);
}

/** Position of the open clock of a rule, or −1. */
function findOpen(state: ClockState, rule: number): number {
  if ((state.openBits & (1 << (rule & 31))) === 0) return -1;
  const end = state.openCount;
  for (let i = 0; i < end; i++) if (clockRule(state, i) === rule) return i;
  return -1;
}

/** Removes open clock i, moving the last one into its place. */
function removeAt(state: ClockState, i: number): void {
  const last = state.openCount - 1;
  if (i < last) setClock(state, i, clockRule(state, last), clockStart(state, last), clockDue(state, last));
  state.openCount = last;
  let bits = 0;
  for (let j = 0; j < last; j++) bits |= 1 << (clockRule(state, j) & 31);
  state.openBits = bits;
}

function close(state: ClockState, i: number, day: SimDay, sink: ClockSink): void {
  const rule = clockRule(state, i);
  const start = clockStart(state, i);
  const due = clockDue(state, i);
  removeAt(state, i);
  sink.stopped(rule, start, due, day, Math.max(0, workingDaysBetween(start, day)));
}

function cancel(plans: readonly RulePlan[], state: ClockState, i: number, day: SimDay, sink: ClockSink): void {
  const rule = clockRule(state, i);
  const start = clockStart(state, i);
  const due = clockDue(state, i);
  removeAt(state, i);
  if (!planAt(plans, rule).dropOnCancel && day > due) sink.lapsed(rule, start, due);
}

function openClock(plans: readonly RulePlan[], state: ClockState, r: number, start: SimDay, moment: SimDay, sink: ClockSink): void {
  const k = findOpen(state, r);
  if (k >= 0) cancel(plans, state, k, moment, sink);
  const due = dueDay(start, limitAt(planAt(plans, r), state, moment));
  setClock(state, state.openCount, r, start, due);
  state.openCount++;
  state.openBits |= 1 << (r & 31);
}

function startDay(plan: RulePlan, ctx: ChildContext, day: SimDay): SimDay {
  switch (plan.anchor) {
    case undefined:
      return day;
    case 'nextWorkingDay':
      return nextWorkingDayOnOrAfter(day);
    case 'lastStrategyDiscussion':
      return ctx.lastStrategyDay ?? day;
    default: {
      const unknownAnchor: never = plan.anchor;
      throw new Error(`rule ${plan.id}: unknown anchor ${String(unknownAnchor)}; use nextWorkingDay or lastStrategyDiscussion`);
    }
  }
}

function passes(t: Trigger, data: Readonly<Record<string, unknown>>): boolean {
  return t.matchesAll || t.test(data);
}

/**
 * Takes one event of a child into the clock state, telling `sink` of each clock the moment it is decided.
 * The same as {@link applyClockEvent}, for callers that fold clocks into counters and want no object per clock.
 * @example applyClockEventTo(rules, state, event, { stopped: (rule, start, due, stop) => …, lapsed: (rule) => … })
 */
export function applyClockEventTo(rules: RuleSet, state: ClockState, event: JourneyEvent, sink: ClockSink): void {
  const c = rules.compiled;
  const plans = c.plans;
  // The state is the child's context and eligibility tracker too (clock-state.ts).
  const ctx: ChildContext = state;
  const day = event.day;
  if (c.derived.length > 0 && state.lastEventDay !== day) {
    const eligible = firstEligibleDay(state, ctx, day);
    if (eligible !== undefined) {
      state.eligibleFound = true;
      for (let i = 0; i < c.derived.length; i++) {
        const r = c.derived[i] as number;
        if (applies(planAt(plans, r), ctx, eligible)) openClock(plans, state, r, eligible, eligible, sink);
      }
    }
    advanceEligibility(state, ctx, day);
  }
  updateChildContext(ctx, event);
  const index = c.byType[event.type];
  const data = event.data as Readonly<Record<string, unknown>>;
  // Stops and cancels only end open clocks, so with none open there is nothing to match.
  const stops = index.stops;
  if (stops.length > 0 && state.openBits !== 0) {
    // The successors of the stopped clocks, in order without repeats: usually one rule's list as it is.
    let next: readonly number[] | undefined;
    let merged: number[] | undefined;
    for (let i = 0; i < stops.length; i++) {
      const t = stops[i] as Trigger;
      const k = findOpen(state, t.rule);
      if (k < 0 || !passes(t, data)) continue;
      close(state, k, day, sink);
      const successors = planAt(plans, t.rule).successors;
      if (successors.length === 0) continue;
      if (next === undefined) {
        next = successors;
        continue;
      }
      if (merged === undefined) {
        merged = next.slice();
        next = merged;
      }
      for (const s of successors) if (!merged.includes(s)) merged.push(s);
    }
    if (next !== undefined) {
      for (let i = 0; i < next.length; i++) {
        const s = next[i] as number;
        if (applies(planAt(plans, s), ctx, day)) openClock(plans, state, s, day, day, sink);
      }
    }
  }
  const cancels = index.cancels;
  if (cancels.length > 0 && state.openBits !== 0) {
    for (let i = 0; i < cancels.length; i++) {
      const t = cancels[i] as Trigger;
      const k = findOpen(state, t.rule);
      if (k >= 0 && passes(t, data)) cancel(plans, state, k, day, sink);
    }
  }
  const starts = index.starts;
  for (let i = 0; i < starts.length; i++) {
    const t = starts[i] as Trigger;
    if (!passes(t, data)) continue;
    const plan = planAt(plans, t.rule);
    if (applies(plan, ctx, day)) openClock(plans, state, t.rule, startDay(plan, ctx, day), day, sink);
  }
}

/** Turns the sink's numbers back into `Clock` records for a callback (the shapes `applyClockEvent` has always emitted). */
class ClockEmitter implements ClockSink {
  private readonly plans: readonly RulePlan[];
  private readonly emit: (clock: Clock) => void;

  constructor(rules: RuleSet, emit: (clock: Clock) => void) {
    this.plans = rules.compiled.plans;
    this.emit = emit;
  }

  stopped(rule: number, start: SimDay, due: SimDay, stop: SimDay, workingDays: number): void {
    this.emit({ ruleId: planAt(this.plans, rule).id, start, due, stop, status: stop <= due ? 'met' : 'late', workingDays });
  }

  lapsed(rule: number, start: SimDay, due: SimDay): void {
    this.emit({ ruleId: planAt(this.plans, rule).id, start, due, status: 'late' });
  }
}

/**
 * Takes one event of a child into the clock state, calling `emit` for each clock the moment it closes.
 * @example applyClockEvent(rules, state, event, (clock) => sink.push(clock))
 */
export function applyClockEvent(rules: RuleSet, state: ClockState, event: JourneyEvent, emit: (clock: Clock) => void): void {
  applyClockEventTo(rules, state, event, new ClockEmitter(rules, emit));
}

/**
 * Lists a child's still-open clocks: `overdue` if `asOf` is after the due day, else `open`. With `asOf`,
 * a derived start that falls after the last event and on or before `asOf` is included.
 * @example openClocks(rules, state, simDayOf('2024-03-31')).filter((c) => c.status === 'overdue')
 */
export function openClocks(rules: RuleSet, state: ClockState, asOf?: SimDay): Clock[] {
  const plans = rules.compiled.plans;
  const status = (due: SimDay): Clock['status'] => (asOf !== undefined && asOf > due ? 'overdue' : 'open');
  const out: Clock[] = [];
  for (let i = 0; i < state.openCount; i++) {
    const due = clockDue(state, i);
    out.push({ ruleId: planAt(plans, clockRule(state, i)).id, start: clockStart(state, i), due, status: status(due) });
  }
  if (asOf !== undefined && rules.compiled.derived.length > 0) {
    const eligible = firstEligibleDay(state, state, asOf);
    if (eligible !== undefined) {
      for (const r of rules.compiled.derived) {
        const plan = planAt(plans, r);
        if (!applies(plan, state, eligible)) continue;
        const due = dueDay(eligible, limitAt(plan, state, eligible));
        out.push({ ruleId: plan.id, start: eligible, due, status: status(due) });
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
  const sink = new ClockEmitter(rules, (clock) => {
    out.push(clock);
  });
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
    applyClockEventTo(rules, state, event, sink);
    previous = event;
  }
  out.push(...openClocks(rules, state, options.asOf));
  return out.sort((a, b) => compareClocks(a, b, rules.compiled.orderOf));
}
