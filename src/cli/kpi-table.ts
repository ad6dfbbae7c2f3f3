import type { Estimate } from '../sim/statistics.ts';
import { KPIS, type KpiGroup, type KpiReport } from '../store/index.ts';
import { expectationMark, expectationShort, formatInterval, formatKpiValue } from './kpi-format.ts';

/** One report year of a KPI table: an estimate per KPI id. */
export interface KpiTableYear {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly kpis: Readonly<Record<string, Estimate | undefined>>;
}

/** What `renderKpiTable` prints. */
export interface KpiTable {
  /** Lines above the table: what was run. */
  readonly heading: readonly string[];
  /** False for one replication (`drift replay`): a value column and no interval column. */
  readonly intervals: boolean;
  readonly years: readonly KpiTableYear[];
}

/** Titles of the KPI groups, as table sub-headings. */
export const GROUP_TITLES: Readonly<Record<KpiGroup, string>> = {
  frontDoor: 'Front door', assessment: 'Assessment', childProtection: 'Child protection', childInNeed: 'Children in need',
  lookedAfter: 'Looked after', careLeavers: 'Care leavers', privateFostering: 'Private fostering', workforce: 'Workforce',
  drift: 'Drift',
};

/**
 * The years of one replication's report, as table years with no intervals.
 * @example renderKpiTable({ heading: ['replication 1'], intervals: false, years: reportTableYears(report) })
 */
export function reportTableYears(report: KpiReport): KpiTableYear[] {
  return report.years.map((year) => ({
    label: year.label, start: year.start, end: year.end,
    kpis: Object.fromEntries(Object.entries(year.values).map(([id, value]) => [
      id, { mean: value, low: null, high: null, n: value === null ? 0 : 1 } satisfies Estimate,
    ])),
  }));
}

interface Row {
  readonly label: string;
  readonly value: string;
  readonly interval: string;
  readonly expectation: string;
  readonly mark: string;
}

/**
 * The KPI table of `drift run`, `drift runs show` and `drift replay`: per report year, every KPI
 * of the catalogue by group with its mean, 95% interval and statutory expectation, and a
 * symbol-and-words mark where the mean is on the wrong side of it; then the expectations in full.
 * @example out.write(renderKpiTable({ heading: ['baseline, seed 1'], intervals: true, years: summary.years }))
 */
export function renderKpiTable(table: KpiTable): string {
  const rows = table.years.map((year) => KPIS.map((kpi): Row => {
    const e = year.kpis[kpi.id];
    return {
      label: kpi.label,
      value: formatKpiValue(e?.mean ?? null, kpi.unit, table.intervals),
      interval: e === undefined ? '—' : formatInterval(e.low, e.high, kpi.unit),
      expectation: expectationShort(kpi),
      mark: expectationMark(kpi, e?.mean ?? null),
    };
  }));
  const all = rows.flat();
  const valueTitle = table.intervals ? 'mean' : 'value';
  const widths = {
    label: Math.max(...all.map((r) => r.label.length + 2), 'KPI'.length),
    value: Math.max(...all.map((r) => r.value.length), valueTitle.length),
    interval: Math.max(...all.map((r) => r.interval.length), '95% interval'.length),
    expectation: Math.max(...all.map((r) => r.expectation.length), 'expectation'.length),
  };
  const line = (label: string, value: string, interval: string, expectation: string, mark: string): string =>
    `  ${label.padEnd(widths.label)}  ${value.padStart(widths.value)}  ${table.intervals ? `${interval.padEnd(widths.interval)}  ` : ''}${mark === '' ? expectation : `${expectation.padEnd(widths.expectation)}  ${mark}`}`.trimEnd();
  const out: string[] = [...table.heading];
  table.years.forEach((year, y) => {
    out.push('', `${year.label}  (${year.start} to ${year.end})`, line('KPI', valueTitle, '95% interval', 'expectation', ''));
    let group: KpiGroup | undefined;
    KPIS.forEach((kpi, k) => {
      const row = rows[y]?.[k];
      if (row === undefined) return;
      if (kpi.group !== group) {
        group = kpi.group;
        out.push(`  ${GROUP_TITLES[group]}`);
      }
      out.push(line(`  ${row.label}`, row.value, row.interval, row.expectation, row.mark));
    });
  });
  out.push('', ...expectationNotes(table.intervals));
  return `${out.join('\n')}\n`;
}

function expectationNotes(intervals: boolean): string[] {
  const subject = intervals ? 'the mean' : 'the value';
  return [
    `Statutory expectations (▼ below / ▲ above expectation: ${subject} is on the wrong side of it):`,
    ...KPIS.flatMap((kpi) => (kpi.expectation === undefined ? [] : [`  ${kpi.label}: ${kpi.expectation.text}`])),
  ];
}
