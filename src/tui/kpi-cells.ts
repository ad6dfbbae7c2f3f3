/**
 * KPI numbers as the 80-column results table writes them: shorter than the `drift compare`
 * table (no thousands separators beyond 10,000, the paired difference as ± its 95% half-width),
 * and a value outside its statutory expectation named in words as well as by a symbol.
 */
import type { Estimate } from '../sim/statistics.ts';
import type { KpiDefinition, KpiUnit } from '../store/index.ts';

function decimals(unit: KpiUnit): number {
  switch (unit) {
    case 'count':
    case 'percent':
    case 'per10k':
    case 'days':
    case 'workingDays':
    case 'weeks':
      return 1;
    case 'ratio':
      return 2;
    default: {
      const unknownUnit: never = unit;
      throw new Error(`unknown KPI unit ${JSON.stringify(unknownUnit)}; add it to kpi-cells.ts`);
    }
  }
}

/**
 * A mean as a table cell: `82.1%`, `1,234`, `12.3k` for large counts, `—` for none.
 * @example valueCell(82.14, 'percent') // '82.1%'
 */
export function valueCell(value: number | null, unit: KpiUnit): string {
  if (value === null) return '—';
  if (unit === 'count' && Math.abs(value) >= 10_000) return `${(value / 1000).toFixed(1)}k`;
  const text = unit === 'count' && Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(decimals(unit));
  return `${text}${unit === 'percent' ? '%' : ''}`;
}

/**
 * A paired difference with its 95% half-width, percentages in points: `-7.8±1.3pp`.
 * @example differenceCell({ mean: -7.8, low: -9.1, high: -6.5, n: 10 }, 'percent') // '-7.8±1.3pp'
 */
export function differenceCell(e: Estimate, unit: KpiUnit): string {
  if (e.mean === null) return '—';
  const d = decimals(unit);
  // `+ 0` turns a -0 left by rounding (-0.04 → -0.0) into 0.
  const mean = Number(e.mean.toFixed(d)) + 0;
  const sign = mean > 0 ? '+' : '';
  const half = e.low === null || e.high === null ? '' : `±${((e.high - e.low) / 2).toFixed(d)}`;
  return `${sign}${mean.toFixed(d)}${half}${unit === 'percent' ? 'pp' : ''}`;
}

/** Which side of its statutory expectation a value is on, when it is on the wrong side. */
export type Outside = 'below' | 'above' | undefined;

/**
 * Whether a value misses its expectation (undefined: it meets it, or there is no numeric one).
 * @example outside(kpiDefinition('icpcWithin15WorkingDaysPct'), 92) // 'below'
 */
export function outside(kpi: KpiDefinition, value: number | null): Outside {
  const e = kpi.expectation;
  if (value === null || e?.target === undefined) return undefined;
  if (e.direction === 'atLeast' && value < e.target) return 'below';
  if (e.direction === 'atMost' && value > e.target) return 'above';
  return undefined;
}

/** The symbol of a side: never colour alone, which some readers cannot see. */
export function outsideSymbol(side: Outside): string {
  return side === 'below' ? '▼' : side === 'above' ? '▲' : '';
}

/**
 * The words column: which of the two values miss the expectation, and on which side.
 * @example expectationWords(kpi, 82, 74) // '▼ below (both)'
 */
export function expectationWords(kpi: KpiDefinition, baseline: number | null, whatIf: number | null): string {
  const a = outside(kpi, baseline);
  const b = outside(kpi, whatIf);
  if (a === undefined && b === undefined) return '';
  if (a !== undefined && a === b) return `${outsideSymbol(a)} ${a} (both)`;
  if (b !== undefined) return `${outsideSymbol(b)} ${b} (what-if)`;
  return `${outsideSymbol(a)} ${a} (baseline)`;
}
