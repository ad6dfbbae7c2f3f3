import type { ReplicationResult } from '../sim/run-replication.ts';
import type { Estimate } from '../sim/statistics.ts';
import type { RunSummary } from '../sim/summarise.ts';
import { KPIS, MONTHLY_KPIS, type KpiReport } from '../store/index.ts';

/** Who made a run: the fields kpis.json and the runs database share. */
export interface RunIdentity {
  readonly version: string;
  readonly scenario: string;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly replications: number;
  readonly years: number;
}

/**
 * The text of one replication's report as `drift replay --json` prints it and
 * `replication-1.kpis.json` holds it: one function for both, so they agree byte for byte.
 * @example out.write(reportJsonText(result.report))
 */
export function reportJsonText(report: KpiReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The text of kpis.json (also what `drift run --json` prints): the run's identity, the summary
 * over replications and every replication's report in replication order. Nothing in it depends on
 * the wall clock or the folder, so the same run gives the same bytes (D9).
 * @example files.writeFile('kpis.json', kpisJsonText(identity, summary, results))
 */
export function kpisJsonText(identity: RunIdentity, summary: RunSummary, results: readonly ReplicationResult[]): string {
  return `${JSON.stringify({
    program: 'drift',
    version: identity.version,
    scenario: identity.scenario,
    scenarioHash: identity.scenarioHash,
    seed: identity.seed,
    replications: identity.replications,
    years: identity.years,
    summary,
    reports: results.map((r) => ({ replication: r.replication, seed: r.seed, report: r.report })),
  }, null, 2)}\n`;
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), empty for null.
 * @example csvField('a "b", c') // '"a ""b"", c"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

function estimateFields(e: Estimate | undefined): (number | null)[] {
  return e === undefined ? [null, null, null, 0] : [e.mean, e.low, e.high, e.n];
}

/**
 * kpis.csv: one row per report year and KPI, catalogue order, with the statutory expectation in words.
 * @example files.writeFile('kpis.csv', kpisCsvText(summary))
 */
export function kpisCsvText(summary: RunSummary): string {
  let text = csvLine(['year', 'kpi', 'label', 'unit', 'mean', 'low', 'high', 'n', 'expectation']);
  for (const year of summary.years) {
    for (const kpi of KPIS) {
      text += csvLine([year.label, kpi.id, kpi.label, kpi.unit, ...estimateFields(year.kpis[kpi.id]), kpi.expectation?.text ?? null]);
    }
  }
  return text;
}

/**
 * series.csv: one row per month and monthly KPI, for charts of how a measure moves through the year.
 * @example files.writeFile('series.csv', seriesCsvText(summary))
 */
export function seriesCsvText(summary: RunSummary): string {
  let text = csvLine(['month', 'kpi', 'mean', 'low', 'high', 'n']);
  for (const month of summary.months) {
    for (const kpi of MONTHLY_KPIS) text += csvLine([month.label, kpi.id, ...estimateFields(month.kpis[kpi.id])]);
  }
  return text;
}
