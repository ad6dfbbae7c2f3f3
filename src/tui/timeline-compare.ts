/**
 * Two timelines of the same child side by side: with every drift mechanism as the scenario has
 * it, and with one switched off (same seed, so the same child with the same needs, D4). Events
 * are lined up by type and occurrence (the 2nd `cpReview.held` against the 2nd), and the days
 * gained are how much earlier each happens without the mechanism.
 */
import { simDayOf } from '../domain/index.ts';
import type { ChildTimeline } from './trainer-data.ts';

/** One line of the side-by-side view. */
export interface ComparedStep {
  readonly event: string;
  readonly asIs: string | undefined;
  readonly without: string | undefined;
  /** Days earlier without the mechanism (negative: later); undefined when only one timeline has it. */
  readonly daysGained: number | undefined;
}

/** Days from one YYYY-MM-DD to another. */
function daysBetween(from: string, to: string): number {
  return simDayOf(to) - simDayOf(from);
}

/**
 * Lines up two timelines of one child, in the order of the first, with events only the second has
 * placed by their date.
 * @example compareTimelines(asIs, withoutTurnover)[0] // { event: 'contact.received', asIs: '2021-04-06', without: '2021-04-06', daysGained: 0 }
 */
export function compareTimelines(asIs: ChildTimeline, without: ChildTimeline): ComparedStep[] {
  const keyed = (t: ChildTimeline) => {
    const seen = new Map<string, number>();
    return t.steps.map((step) => {
      const n = (seen.get(step.type) ?? 0) + 1;
      seen.set(step.type, n);
      return { key: `${step.type}#${n}`, step };
    });
  };
  const a = keyed(asIs);
  const b = keyed(without);
  const bByKey = new Map(b.map((x) => [x.key, x.step]));
  const aKeys = new Set(a.map((x) => x.key));
  const rows: (ComparedStep & { readonly sortDay: string })[] = a.map(({ key, step }) => {
    const other = bByKey.get(key);
    return {
      event: step.event, asIs: step.day, without: other?.day, sortDay: step.day,
      daysGained: other === undefined ? undefined : daysBetween(other.day, step.day),
    };
  });
  for (const { key, step } of b) {
    if (!aKeys.has(key)) rows.push({ event: step.event, asIs: undefined, without: step.day, sortDay: step.day, daysGained: undefined });
  }
  // A stable sort keeps each timeline's own order for events on the same day.
  return rows.sort((x, y) => (x.sortDay < y.sortDay ? -1 : x.sortDay > y.sortDay ? 1 : 0))
    .map(({ event, asIs: at, without: w, daysGained }) => ({ event, asIs: at, without: w, daysGained }));
}

/** Days gained at the end of the journey: the last event of each timeline. */
export function journeyDaysGained(asIs: ChildTimeline, without: ChildTimeline): number | undefined {
  const a = asIs.steps[asIs.steps.length - 1];
  const b = without.steps[without.steps.length - 1];
  return a === undefined || b === undefined ? undefined : daysBetween(b.day, a.day);
}
