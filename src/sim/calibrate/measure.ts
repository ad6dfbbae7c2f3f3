import type { TargetMeasure } from '../../scenario/targets.ts';
import type { KpiId, KpiReport, MonthlyKpiId } from '../../store/projections/index.ts';
import { MONTH_NAMES } from '../../scenario/targets.ts';

/** Months in a collection year: report month m belongs to collection year ⌊m / 12⌋. */
const MONTHS_PER_YEAR = 12;

/**
 * The value a target is compared with, in one replication: the KPI in the named collection year,
 * or the mean over the reported years of those that have a value. Null when no year has one
 * (a rate with no denominator). Averaging within a replication first keeps the replications
 * independent, so the interval over them stays a valid 95% interval.
 * @example measureValue(report, { series: 'monthly', kpi: 'cinAtMonthEnd', month: 9, year: undefined }) // CIN at 30 September, mean over the years
 */
export function measureValue(report: KpiReport, measure: TargetMeasure): number | null {
  const values: number[] = [];
  switch (measure.series) {
    case 'yearly':
      for (const year of report.years) {
        if (measure.year !== undefined && year.label !== measure.year) continue;
        const value = year.values[measure.kpi as KpiId];
        if (value !== null && value !== undefined) values.push(value);
      }
      break;
    case 'monthly':
      report.months.forEach((month, m) => {
        if (Number(month.label.slice(5, 7)) !== measure.month) return;
        if (measure.year !== undefined && report.years[Math.floor(m / MONTHS_PER_YEAR)]?.label !== measure.year) return;
        const value = month.values[measure.kpi as MonthlyKpiId];
        if (value !== null && value !== undefined) values.push(value);
      });
      break;
    default: {
      const unknownMeasure: never = measure;
      throw new Error(`unknown target measure ${JSON.stringify(unknownMeasure)}`);
    }
  }
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The measure in words, for tables: the KPI id, with its month and year when it has them.
 * @example measureText({ series: 'monthly', kpi: 'cinAtMonthEnd', month: 9, year: undefined }) // 'cinAtMonthEnd, September'
 */
export function measureText(measure: TargetMeasure): string {
  const month = measure.series === 'monthly' ? `, ${MONTH_NAMES[measure.month - 1] ?? measure.month}` : '';
  const year = measure.year === undefined ? '' : `, ${measure.year}`;
  return `${measure.kpi}${month}${year}`;
}
