/**
 * One child's journey as the trainer's player shows it: each event with the state it led to, the
 * clocks then open (due date, working days left), and the drift marks (worker changes, unallocated
 * time, missed tasks). Runs in the trainer's worker thread.
 */
import { workingDaysBetween } from '../calendar/index.ts';
import { toLocalDate, type JourneyEvent } from '../domain/index.ts';
import { journeyHistory } from '../journey/index.ts';
import { evaluateClocks, type RuleSet } from '../rules/index.ts';
import type { ChildTimeline, StepMark, TimelineStep } from '../tui/trainer-data.ts';
import { eventLabel } from './event-label.ts';

/**
 * Builds the timeline. A case counts as unallocated from a `worker.released`, or from a referral
 * accepted with nobody allocated, until the next allocation or the case closing.
 * @example childTimeline(events, rules, 'baseline').steps[0]?.event // 'contact.received(2A)'
 */
export function childTimeline(events: readonly JourneyEvent[], rules: RuleSet, scenario: string): ChildTimeline {
  const history = journeyHistory(events);
  const steps: TimelineStep[] = [];
  let allocated = false;
  let unallocatedSince: number | undefined;
  let unallocatedDays = 0;
  let workerChanges = 0;
  let missedOversight = 0;
  events.forEach((event, i) => {
    const marks: StepMark[] = [];
    switch (event.type) {
      case 'worker.allocated':
      case 'worker.changed':
        if (unallocatedSince !== undefined) unallocatedDays += event.day - unallocatedSince;
        unallocatedSince = undefined;
        if (event.type === 'worker.changed') {
          workerChanges += 1;
          marks.push('workerChanged');
        }
        allocated = true;
        break;
      case 'worker.released':
        allocated = false;
        unallocatedSince = event.day;
        marks.push('workerReleased');
        break;
      case 'referral.accepted':
        if (!allocated && unallocatedSince === undefined) unallocatedSince = event.day;
        break;
      case 'case.closed':
        if (unallocatedSince !== undefined) unallocatedDays += event.day - unallocatedSince;
        unallocatedSince = undefined;
        allocated = false;
        break;
      case 'oversight.missed':
        missedOversight += 1;
        marks.push('oversightMissed');
        break;
      default:
        break;
    }
    if (unallocatedSince !== undefined && unallocatedSince < event.day) marks.push('unallocated');
    const open = evaluateClocks(events.slice(0, i + 1), { rules, asOf: event.day })
      .filter((c) => c.status === 'open' || c.status === 'overdue');
    steps.push({
      day: toLocalDate(event.day), event: eventLabel(event), type: event.type,
      state: history.steps[i]?.path ?? `(not replayed: ${history.error?.message ?? 'unknown'})`, marks,
      unallocatedDays: unallocatedDays + (unallocatedSince === undefined ? 0 : event.day - unallocatedSince),
      openClocks: open.map((c) => ({ rule: c.ruleId, due: toLocalDate(c.due), workingDaysLeft: workingDaysBetween(event.day, c.due) })),
    });
  });
  const lastEvent = events[events.length - 1];
  const lateClocks = lastEvent === undefined ? 0 : evaluateClocks(events, { rules, asOf: lastEvent.day })
    .filter((c) => c.status === 'late' || c.status === 'overdue').length;
  const last = steps[steps.length - 1];
  return {
    child: events[0]?.child ?? '', scenario, steps, lateClocks,
    unallocatedDays: last?.unallocatedDays ?? 0, workerChanges, missedOversight,
  };
}
