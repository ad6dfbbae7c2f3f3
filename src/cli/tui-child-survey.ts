/**
 * The trainer's survey of one replication: which children match each filter (3+ social workers in
 * a year, ICPC late, assessment over 45 working days, drifted in care, repeat plan). Runs in the
 * trainer's worker thread over every child's events.
 */
import type { ChildId, JourneyEvent, SimDay } from '../domain/index.ts';
import { toLocalDate } from '../domain/index.ts';
import { replayJourney } from '../journey/index.ts';
import { evaluateClocks, type Clock, type RuleSet } from '../rules/index.ts';
import { CHILD_FILTERS, type ChildFilter, type ChildSummary, type ChildSurvey } from '../tui/trainer-data.ts';

/** Children listed per filter: enough to scroll through, few enough to send back in one message. */
const LISTED_PER_FILTER = 200;

/** Clocks of a looked-after child's care: reviews, visits, health assessments, plans and proceedings. */
const CARE_RULE = /^(cla_|iha_|rha_|care_|placement_|adoption_)/;

function isLate(clock: Clock): boolean {
  return clock.status === 'late' || clock.status === 'overdue';
}

/**
 * The most different social workers a child had in any 12 months (365 days from an allocation),
 * as the "3 or more social workers" measure counts them.
 * @example mostWorkersInAYear(events) // 3
 */
export function mostWorkersInAYear(events: readonly JourneyEvent[]): number {
  const allocations: { day: number; worker: string }[] = [];
  for (const e of events) {
    if (e.type === 'worker.allocated' || e.type === 'worker.changed') allocations.push({ day: e.day, worker: e.data.worker });
  }
  let most = 0;
  for (let i = 0; i < allocations.length; i += 1) {
    const from = allocations[i]?.day ?? 0;
    const workers = new Set<string>();
    for (let j = i; j < allocations.length && (allocations[j]?.day ?? 0) < from + 365; j += 1) workers.add(allocations[j]?.worker ?? '');
    most = Math.max(most, workers.size);
  }
  return most;
}

/** The filters one child matches, with what the list shows about it. */
export function summariseChild(events: readonly JourneyEvent[], rules: RuleSet, asOf: SimDay): ChildSummary | undefined {
  const first = events[0];
  if (first === undefined) return undefined;
  const clocks = evaluateClocks(events, { rules, asOf });
  const late = clocks.filter(isLate);
  const workersInAYear = mostWorkersInAYear(events);
  const inCare = events.some((e) => e.type === 'care.entered');
  const plans = events.filter((e) => e.type === 'cpPlan.started').length;
  const matches: Readonly<Record<ChildFilter, boolean>> = {
    threePlusWorkers: workersInAYear >= 3,
    icpcLate: late.some((c) => c.ruleId === 'icpc_15wd'),
    assessmentOver45: late.some((c) => c.ruleId === 'assessment_45wd'),
    driftedInCare: inCare && late.some((c) => CARE_RULE.test(c.ruleId)),
    repeatPlan: plans >= 2,
  };
  const filters = CHILD_FILTERS.map((f) => f.id).filter((id) => matches[id]);
  if (filters.length === 0) return undefined;
  const replayed = replayJourney(events);
  return {
    child: first.child, firstContact: toLocalDate(first.day), events: events.length, workersInAYear,
    lateClocks: late.length, finalState: replayed.ok ? replayed.path : `stopped: ${replayed.error.message}`, filters,
  };
}

/**
 * Surveys every child of a replication: worst first (most late clocks) within each filter.
 * @example surveyChildren(byChild, rules, endDay).matches.icpcLate[0]?.child
 */
export function surveyChildren(byChild: ReadonlyMap<ChildId, readonly JourneyEvent[]>, rules: RuleSet, asOf: SimDay): ChildSurvey {
  const found: ChildSummary[] = [];
  for (const events of byChild.values()) {
    // A contact that went no further cannot match a filter; skipping it saves most of the work.
    if (events.length < 4) continue;
    const summary = summariseChild(events, rules, asOf);
    if (summary !== undefined) found.push(summary);
  }
  found.sort((a, b) => b.lateClocks - a.lateClocks || b.workersInAYear - a.workersInAYear || (a.child < b.child ? -1 : 1));
  const all = Object.fromEntries(CHILD_FILTERS.map((f) => [f.id, found.filter((c) => c.filters.includes(f.id))])) as Record<ChildFilter, ChildSummary[]>;
  const counts = Object.fromEntries(CHILD_FILTERS.map((f) => [f.id, all[f.id].length])) as Record<ChildFilter, number>;
  const matches = Object.fromEntries(CHILD_FILTERS.map((f) => [f.id, all[f.id].slice(0, LISTED_PER_FILTER)])) as Record<ChildFilter, ChildSummary[]>;
  return { children: byChild.size, counts, matches };
}
