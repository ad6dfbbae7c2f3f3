/**
 * A deliberately naive reference evaluator for the property tests, written differently from src/rules:
 * no index (every rule is scanned for every event), the child's context is rebuilt from the whole
 * prefix of events each time, due days come from day-by-day loops over isWorkingDay and from its own
 * month arithmetic, and the eligible-child day is found by walking every day. It shares only the rule
 * records (and the condition NAMES, whose meanings it re-implements here).
 */
import { isWorkingDay } from '../../src/calendar/index.ts';
import { partsFromSimDay, simDayFromParts } from '../../src/domain/time.ts';
import type { SimDay } from '../../src/domain/time.ts';
import type { JourneyEvent } from '../../src/domain/events.ts';
import type { Clock, Condition, ConditionName, EventMatcher, Limit, LimitAlternative, TimescaleRule } from '../../src/rules/index.ts';

const day = (n: number): SimDay => n as SimDay;

function addWorkingDaysSlowly(start: number, n: number): number {
  let d = start;
  for (let k = 0; k < n;) if (isWorkingDay(day(++d))) k++;
  return d;
}

function workingDaysTaken(start: number, stop: number): number {
  let k = 0;
  for (let d = start + 1; d <= stop; d++) if (isWorkingDay(day(d))) k++;
  return k;
}

function monthLength(year: number, month: number): number {
  return (month === 12 ? simDayFromParts(year + 1, 1, 1) : simDayFromParts(year, month + 1, 1)) - simDayFromParts(year, month, 1);
}

function addMonthsSlowly(start: number, n: number): number {
  const p = partsFromSimDay(day(start));
  let year = p.year;
  let month = p.month;
  for (let i = 0; i < n; i++) if (++month === 13) { month = 1; year++; }
  return simDayFromParts(year, month, Math.min(p.day, monthLength(year, month)));
}

/** Completed years; a 29 February birthday falls on 1 March in other years. */
function age(dob: number, on: number): number {
  const b = partsFromSimDay(day(dob));
  const o = partsFromSimDay(day(on));
  return o.year - b.year - (o.month < b.month || (o.month === b.month && o.day < b.day) ? 1 : 0);
}

function firstDayAged(dob: number, years: number): number {
  let d: number = simDayFromParts(partsFromSimDay(day(dob)).year + years, partsFromSimDay(day(dob)).month, 1);
  while (age(dob, d) < years) d++;
  return d;
}

function dueOf(start: number, limit: Limit): number {
  const back = limit.beginningWith === true ? 1 : 0;
  if (limit.unit === 'workingDays') return addWorkingDaysSlowly(start, limit.amount);
  if (limit.unit === 'days') return start + limit.amount - back;
  if (limit.unit === 'weeks') return start + 7 * limit.amount - back;
  return addMonthsSlowly(start, limit.amount);
}

interface Facts {
  dob: number | undefined;
  lookedAfter: boolean;
  legalStatus: string | undefined;
  placement: JourneyEvent | undefined;
  approvedSincePlacement: boolean;
  reviewSinceCareEntered: boolean;
  reviewSinceAdoptionPlaced: boolean;
  lastStrategy: number | undefined;
  pathwayPlan: boolean;
  privateFosteringFrom: number | undefined;
}

function lastIndex(events: readonly JourneyEvent[], types: readonly string[]): number {
  for (let i = events.length - 1; i >= 0; i--) if (types.includes((events[i] as JourneyEvent).type)) return i;
  return -1;
}

function field(e: JourneyEvent | undefined, name: string): unknown {
  return e === undefined ? undefined : (e.data as Record<string, unknown>)[name];
}

/** Rebuilds everything the conditions need from a prefix of the child's events. */
function factsOf(events: readonly JourneyEvent[]): Facts {
  const withDob = events.find((e) => e.type === 'contact.received' && field(e, 'dob') !== undefined);
  const care = lastIndex(events, ['care.entered', 'care.left']);
  const status = lastIndex(events, ['care.entered', 'legalStatus.changed']);
  const p = lastIndex(events, ['placement.started', 'placement.ended', 'care.left']);
  const placement = p >= 0 && events[p]?.type === 'placement.started' ? events[p] : undefined;
  const entered = lastIndex(events, ['care.entered']);
  const adopted = lastIndex(events, ['adoption.placed']);
  const closed = lastIndex(events, ['case.closed']);
  const strategy = lastIndex(events, ['strategy.held']);
  const pf = lastIndex(events, ['privateFostering.notified', 'privateFostering.ended']);
  const reviewAfter = (i: number): boolean => events.some((e, j) => j > i && e.type === 'claReview.held');
  return {
    dob: withDob === undefined ? undefined : (field(withDob, 'dob') as number),
    lookedAfter: care >= 0 && events[care]?.type === 'care.entered',
    legalStatus: status >= 0 ? (field(events[status], 'legalStatus') as string) : undefined,
    placement,
    approvedSincePlacement: events.some((e, j) => j > p && e.type === 'carer.approved'),
    reviewSinceCareEntered: reviewAfter(entered),
    reviewSinceAdoptionPlaced: reviewAfter(adopted),
    lastStrategy: strategy > closed ? events[strategy]?.day : undefined,
    pathwayPlan: events.some((e) => e.type === 'pathwayPlan.made'),
    privateFosteringFrom: pf >= 0 && events[pf]?.type === 'privateFostering.notified' ? events[pf]?.day : undefined,
  };
}

function named(name: ConditionName, f: Facts, on: number): boolean {
  const place = field(f.placement, 'place');
  const temporary = field(f.placement, 'temporaryApproval') === true && !f.approvedSincePlacement;
  const special = f.placement !== undefined && (place === 'P1' || temporary);
  const firstYear = f.placement !== undefined && on < addMonthsSlowly(f.placement.day, 12);
  switch (name) {
    case 'lookedAfter': return f.lookedAfter;
    case 'childUnder5': return f.dob !== undefined && (on < f.dob || age(f.dob, on) < 5);
    case 'placementInFirstYear': return firstYear && !special;
    case 'placementAfterFirstYear': return f.placement !== undefined && !firstYear && !special;
    case 'specialVisitPlacement': return special;
    case 'placedWithParent': return place === 'P1';
    case 'temporaryApproval': return temporary;
    case 'longTermPlacement': return field(f.placement, 'longTerm') === true;
    case 'ltfWithConsent': return field(f.placement, 'longTerm') === true && field(f.placement, 'ltfConsent') === true;
    case 'beforeFirstReviewOfPeriod': return !f.reviewSinceCareEntered;
    case 'noAdoptionReviewYet': return !f.reviewSinceAdoptionPlaced;
    case 'noPathwayPlanYet': return !f.pathwayPlan;
    case 'hospitalPlacement': return place === 'T1';
    case 'carersHolidayPlacement': return place === 'T3';
    case 'privateFosteringAfterFirstYear': return f.privateFosteringFrom !== undefined && on >= addMonthsSlowly(f.privateFosteringFrom, 12);
    default: {
      const unknown: never = name;
      throw new Error(`naive evaluator: condition ${String(unknown)} is not re-implemented here; add it`);
    }
  }
}

function ok(c: Condition | undefined, f: Facts, on: number): boolean {
  if (c === undefined) return true;
  if (typeof c === 'string') return named(c, f, on);
  if ('not' in c) return !named(c.not, f, on);
  return c.all.every((part) => ok(part, f, on));
}

function matches(m: EventMatcher, e: JourneyEvent): boolean {
  if (m.type !== e.type) return false;
  if (m.where === undefined) return true;
  const value = field(e, m.where.field) as string | boolean;
  return 'in' in m.where ? m.where.in.includes(value) : !m.where.notIn.includes(value);
}

function qualifies(f: Facts): boolean {
  return f.lookedAfter && f.legalStatus !== 'V3' && f.legalStatus !== 'V4' && f.dob !== undefined;
}

/** Walks every day: the first day the child is an eligible child (see src/rules/eligibility.ts for the definition). */
function eligibleDay(events: readonly JourneyEvent[], lastDay: number): number | undefined {
  const first = events[0];
  if (first === undefined) return undefined;
  let counted = 0;
  let seen = -1;
  let f = factsOf([]);
  for (let d = first.day + 1; d <= lastDay; d++) {
    let before = 0;
    while (before < events.length && (events[before] as JourneyEvent).day < d) before++;
    if (before !== seen) { f = factsOf(events.slice(0, before)); seen = before; }
    if (!qualifies(f) || f.dob === undefined) continue;
    if (d - 1 >= firstDayAged(f.dob, 14)) counted++;
    if (d >= firstDayAged(f.dob, 16) && d < firstDayAged(f.dob, 18) && counted >= 91) return d;
  }
  return undefined;
}

const RANK = { met: 0, late: 1, open: 2, overdue: 3 } as const;

/** Evaluates one child's events the slow way; the result must equal evaluateClocks exactly. */
export function naiveEvaluate(events: readonly JourneyEvent[], rules: readonly TimescaleRule[], asOf?: number): Clock[] {
  const out: Clock[] = [];
  const running = new Map<string, { start: number; due: number }>();
  const lastDay = Math.max(events[events.length - 1]?.day ?? -Infinity, asOf ?? -Infinity);
  const eligible = rules.some((r) => r.startsOn !== undefined) ? eligibleDay(events, lastDay) : undefined;
  let eligibleDone = false;
  const limitOf = (r: TimescaleRule, f: Facts, on: number): Limit => Array.isArray(r.limit)
    ? ((r.limit as readonly LimitAlternative[]).find((a) => ok(a.when, f, on)) as LimitAlternative).limit : r.limit as Limit;
  const drop = (r: TimescaleRule, on: number): void => {
    const c = running.get(r.id);
    running.delete(r.id);
    if (c !== undefined && r.onlyWhenStopped !== true && on > c.due) out.push({ ruleId: r.id, start: day(c.start), due: day(c.due), status: 'late' });
  };
  const begin = (r: TimescaleRule, start: number, on: number, f: Facts): void => {
    if (running.has(r.id)) drop(r, on);
    running.set(r.id, { start, due: dueOf(start, limitOf(r, f, on)) });
  };
  events.forEach((e, i) => {
    if (!eligibleDone && eligible !== undefined && eligible <= e.day) {
      eligibleDone = true;
      const f = factsOf(events.slice(0, i));
      for (const r of rules) if (r.startsOn !== undefined && ok(r.when, f, eligible)) begin(r, eligible, eligible, f);
    }
    const f = factsOf(events.slice(0, i + 1));
    const stopped = new Set<string>();
    for (const r of rules) {
      const c = running.get(r.id);
      if (c === undefined || !r.stop.some((m) => matches(m, e))) continue;
      running.delete(r.id);
      stopped.add(r.id);
      out.push({ ruleId: r.id, start: day(c.start), due: day(c.due), stop: e.day, status: e.day <= c.due ? 'met' : 'late', workingDays: workingDaysTaken(c.start, e.day) });
    }
    for (const r of rules) if ((r.after ?? []).some((id) => stopped.has(id)) && ok(r.when, f, e.day)) begin(r, e.day, e.day, f);
    for (const r of rules) if (running.has(r.id) && r.cancel.some((m) => matches(m, e))) drop(r, e.day);
    for (const r of rules) {
      if (!r.start.some((m) => matches(m, e)) || !ok(r.when, f, e.day)) continue;
      let start: number = e.day;
      if (r.anchor === 'nextWorkingDay') while (!isWorkingDay(day(start))) start++;
      if (r.anchor === 'lastStrategyDiscussion') start = f.lastStrategy ?? e.day;
      begin(r, start, e.day, f);
    }
  });
  if (!eligibleDone && eligible !== undefined && asOf !== undefined && eligible <= asOf) {
    const f = factsOf(events);
    for (const r of rules) if (r.startsOn !== undefined && ok(r.when, f, eligible)) begin(r, eligible, eligible, f);
  }
  for (const r of rules) {
    const c = running.get(r.id);
    if (c !== undefined) out.push({ ruleId: r.id, start: day(c.start), due: day(c.due), status: asOf !== undefined && asOf > c.due ? 'overdue' : 'open' });
  }
  const order = (c: Clock): number => rules.findIndex((r) => r.id === c.ruleId);
  return out.sort((a, b) => a.start - b.start || order(a) - order(b) || a.due - b.due
    || (a.stop ?? Infinity) - (b.stop ?? Infinity) || RANK[a.status] - RANK[b.status]);
}
