/**
 * Helpers for the KPI projection tests: workforce events from file-like records, and a runner that
 * feeds a stream (sorted by day, stable) into a projection and returns its report.
 */
import { simDayOf, teamId, workerId } from '../../../src/domain/index.ts';
import type { JourneyEvent, SimDay, SimEvent, WorkforceEvent } from '../../../src/domain/index.ts';
import { KPIS, createKpiProjection } from '../../../src/store/projections/index.ts';
import type { KpiConfig, KpiId, KpiReport, MonthlyKpiId } from '../../../src/store/projections/index.ts';

export { e } from '../../support/events.ts';

/** Report years 2019-20 and 2020-21; everything before 1 April 2019 is warm-up. 100,000 children: per 10k = stock ÷ 10. */
export const CONFIG: KpiConfig = { reportStart: simDayOf('2019-04-01'), reportYears: 2, population: () => 100_000 };

/** `w('2019-01-01', 'staff.joined', { team: 'TA', agency: false, fte: 1 }, 'S1')`. */
export function w(day: string, type: WorkforceEvent['type'], data: Record<string, unknown>, worker: string): WorkforceEvent {
  const team = teamId(String(data['team']));
  const at = simDayOf(day);
  switch (type) {
    case 'team.established':
      return { type, day: at, worker: workerId(String(data['team'])), data: { team, kind: data['kind'] as never, fte: Number(data['fte']), caseloadTarget: 18 } };
    case 'staff.joined':
      return { type, day: at, worker: workerId(worker), data: { team, agency: data['agency'] === true, fte: Number(data['fte']) } };
    case 'staff.left':
      return { type, day: at, worker: workerId(worker), data: { team, reason: 'resigned' } };
    default: {
      const unknownType: never = type;
      throw new Error(`unknown workforce event type ${String(unknownType)}`);
    }
  }
}

/** Sorts by day, keeping the given order within a day (as the simulator's kernel does). */
export function byDay(events: readonly SimEvent[]): SimEvent[] {
  return events.map((event, i) => ({ event, i })).sort((a, b) => a.event.day - b.event.day || a.i - b.i).map((x) => x.event);
}

/** Runs a stream (sorted by day first) through a fresh projection. */
export function run(events: readonly SimEvent[], config: KpiConfig = CONFIG): KpiReport {
  const projection = createKpiProjection(config);
  for (const event of byDay(events)) projection.apply(event);
  return projection.finish();
}

/** The values of one KPI for each report year. */
export function yearly(report: KpiReport, id: KpiId): (number | null)[] {
  return report.years.map((y) => y.values[id]);
}

/** The values of one monthly KPI, keyed by month label, leaving out nulls and zeros for readability. */
export function monthly(report: KpiReport, id: MonthlyKpiId): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of report.months) {
    const v = m.values[id];
    if (v !== null && v !== 0) out[m.label] = v;
  }
  return out;
}

/** Every KPI id, for checks over the whole catalogue. */
export const ALL_KPI_IDS: readonly KpiId[] = KPIS.map((k) => k.id);

/** A child's events with a different child id. */
export function asChild(events: readonly JourneyEvent[], child: string): JourneyEvent[] {
  return events.map((event) => ({ ...event, child: child as JourneyEvent['child'] }) as JourneyEvent);
}

/** Shifts events by n days. */
export function shiftDays<T extends SimEvent>(events: readonly T[], n: number): T[] {
  return events.map((event) => ({ ...event, day: (event.day + n) as SimDay }));
}
