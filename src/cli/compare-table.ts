import { excludesZero, type Estimate } from '../sim/statistics.ts';
import { KPIS, type KpiGroup, type KpiUnit } from '../store/index.ts';
import { formatKpiValue, groupDigits } from './kpi-format.ts';
import { GROUP_TITLES } from './kpi-table.ts';

/** One KPI of a comparison: both means and the paired difference B − A. */
export interface ComparedKpi {
  readonly a: Estimate;
  readonly b: Estimate;
  readonly difference: Estimate;
}

/** One report year of a comparison (the shape of sim's compareReports). */
export interface ComparedYear {
  readonly label: string;
  readonly kpis: Readonly<Record<string, ComparedKpi | undefined>>;
}

/** A difference with its sign (`+1.2`, `-0.4`, `0.0`); percentages in percentage points. */
function signed(value: number, unit: KpiUnit): string {
  const text = groupDigits(value, unit === 'ratio' ? 2 : 1);
  return text.startsWith('-') || /^[0.,]+$/.test(text) ? text : `+${text}`;
}

function points(unit: KpiUnit): string {
  return unit === 'percent' ? ' pp' : '';
}

function differenceText(e: Estimate, unit: KpiUnit): string {
  return e.mean === null ? '—' : `${signed(e.mean, unit)}${points(unit)}`;
}

function differenceInterval(e: Estimate, unit: KpiUnit): string {
  return e.low === null || e.high === null ? '—' : `${signed(e.low, unit)} – ${signed(e.high, unit)}${points(unit)}`;
}

/**
 * A symbol and words where the difference's 95% interval excludes zero; '' where it does not.
 * @example differenceMark({ mean: -4, low: -5, high: -3, n: 10 }) // '▼ B lower'
 */
export function differenceMark(difference: Estimate): string {
  if (!excludesZero(difference) || difference.mean === null) return '';
  return difference.mean > 0 ? '▲ B higher' : '▼ B lower';
}

/**
 * The table of `drift compare`: per report year and KPI, A's mean, B's mean, the paired difference
 * B − A with its 95% interval, and a mark where that interval excludes zero (a difference the
 * replications cannot put down to chance).
 * @example out.write(renderComparison(['A = baseline, B = turnover-25'], compareReports(a, b)))
 */
export function renderComparison(heading: readonly string[], years: readonly ComparedYear[]): string {
  const rows = years.map((year) => KPIS.map((kpi) => {
    const c = year.kpis[kpi.id];
    return {
      label: kpi.label,
      a: formatKpiValue(c?.a.mean ?? null, kpi.unit, true),
      b: formatKpiValue(c?.b.mean ?? null, kpi.unit, true),
      difference: c === undefined ? '—' : differenceText(c.difference, kpi.unit),
      interval: c === undefined ? '—' : differenceInterval(c.difference, kpi.unit),
      mark: c === undefined ? '' : differenceMark(c.difference),
    };
  }));
  const all = rows.flat();
  const width = (pick: (r: (typeof all)[number]) => string, title: string): number => Math.max(title.length, ...all.map((r) => pick(r).length));
  const w = {
    label: width((r) => `  ${r.label}`, 'KPI'), a: width((r) => r.a, 'A mean'), b: width((r) => r.b, 'B mean'),
    difference: width((r) => r.difference, 'B − A'), interval: width((r) => r.interval, '95% interval'),
  };
  const line = (label: string, a: string, b: string, difference: string, interval: string, mark: string): string =>
    `  ${label.padEnd(w.label)}  ${a.padStart(w.a)}  ${b.padStart(w.b)}  ${difference.padStart(w.difference)}  ${interval.padEnd(w.interval)}  ${mark}`.trimEnd();
  const out: string[] = [...heading];
  years.forEach((year, y) => {
    out.push('', year.label, line('KPI', 'A mean', 'B mean', 'B − A', '95% interval', ''));
    let group: KpiGroup | undefined;
    KPIS.forEach((kpi, k) => {
      const row = rows[y]?.[k];
      if (row === undefined) return;
      if (kpi.group !== group) {
        group = kpi.group;
        out.push(`  ${GROUP_TITLES[group]}`);
      }
      out.push(line(`  ${row.label}`, row.a, row.b, row.difference, row.interval, row.mark));
    });
  });
  out.push('', 'B − A of a percentage is in percentage points (pp). ▲ B higher / ▼ B lower: the 95% interval of the difference excludes zero.');
  return `${out.join('\n')}\n`;
}
