import type { KpiReport } from '../store/projections/index.ts';
import { estimate, pairedDifference, type Estimate } from './statistics.ts';

/** KPI estimates over replications, per report year and per month (same shape as one report). */
export interface RunSummary {
  readonly replications: number;
  readonly years: readonly { readonly label: string; readonly start: string; readonly end: string; readonly kpis: Readonly<Record<string, Estimate>> }[];
  readonly months: readonly { readonly label: string; readonly kpis: Readonly<Record<string, Estimate>> }[];
}

function valuesOf(reports: readonly KpiReport[], pick: (r: KpiReport) => Readonly<Record<string, number | null>> | undefined, id: string): (number | null)[] {
  return reports.map((r) => pick(r)?.[id] ?? null);
}

/**
 * Means and 95% intervals of every KPI over the replications' reports (merged by replication
 * index, so the result does not depend on which finished first).
 */
export function summarise(reports: readonly KpiReport[]): RunSummary {
  const first = reports[0];
  if (first === undefined) throw new Error('summarise needs at least one replication; run with --replications 1 or more');
  return {
    replications: reports.length,
    years: first.years.map((year, y) => ({
      label: year.label, start: year.start, end: year.end,
      kpis: Object.fromEntries(Object.keys(year.values).map((id) => [id, estimate(valuesOf(reports, (r) => r.years[y]?.values, id))])),
    })),
    months: first.months.map((month, m) => ({
      label: month.label,
      kpis: Object.fromEntries(Object.keys(month.values).map((id) => [id, estimate(valuesOf(reports, (r) => r.months[m]?.values, id))])),
    })),
  };
}

/** Paired differences (b − a) of every yearly KPI, replication by replication (common random numbers). */
export function compareReports(a: readonly KpiReport[], b: readonly KpiReport[]) {
  const first = a[0];
  if (first === undefined) throw new Error('compare needs at least one replication of each scenario');
  return first.years.map((year, y) => ({
    label: year.label,
    kpis: Object.fromEntries(Object.keys(year.values).map((id) => [id, {
      a: estimate(valuesOf(a, (r) => r.years[y]?.values, id)),
      b: estimate(valuesOf(b, (r) => r.years[y]?.values, id)),
      difference: pairedDifference(valuesOf(a, (r) => r.years[y]?.values, id), valuesOf(b, (r) => r.years[y]?.values, id)),
    }])),
  }));
}
