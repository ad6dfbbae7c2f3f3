import type { KpiDefinition, KpiUnit } from '../store/index.ts';

/**
 * Writes a number with thousands separators and a fixed number of decimals, the same on every
 * machine (toLocaleString would follow the machine's locale and make golden output flaky).
 * @example groupDigits(12345.678, 1) // '12,345.7'
 */
export function groupDigits(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function decimalsFor(unit: KpiUnit, value: number, averaged: boolean): number {
  switch (unit) {
    case 'count':
      // One replication's counts are whole (FTE aside); a mean over replications keeps a decimal throughout.
      return !averaged && Number.isInteger(value) ? 0 : 1;
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
      throw new Error(`unknown KPI unit ${JSON.stringify(unknownUnit)}; add it to kpi-format.ts`);
    }
  }
}

/**
 * A KPI value as a table shows it: percentages with `%`, `—` for none; counts are whole unless
 * `averaged` (a mean over replications) or fractional (FTE).
 * @example formatKpiValue(83.25, 'percent') // '83.3%'
 */
export function formatKpiValue(value: number | null, unit: KpiUnit, averaged = false): string {
  if (value === null) return '—';
  return `${groupDigits(value, decimalsFor(unit, value, averaged))}${unit === 'percent' ? '%' : ''}`;
}

/**
 * A 95% interval as `low – high`, or `—` when there is none (fewer than two replications had a value).
 * @example formatInterval(81, 85.4, 'percent') // '81.0 – 85.4%'
 */
export function formatInterval(low: number | null, high: number | null, unit: KpiUnit): string {
  if (low === null || high === null) return '—';
  const decimals = decimalsFor(unit, low, true);
  return `${groupDigits(low, decimals)} – ${groupDigits(high, decimals)}${unit === 'percent' ? '%' : ''}`;
}

const UNIT_WORDS: Readonly<Record<KpiUnit, string>> = {
  count: '', percent: '%', per10k: ' per 10,000', days: ' days', workingDays: ' working days', weeks: ' weeks', ratio: '',
};

/**
 * The statutory expectation in a few characters (`≥ 100%`, `≤ 45 working days`), `see notes`
 * where it is words only, or '' where the catalogue has none.
 * @example expectationShort(kpiDefinition('icpcWithin15WorkingDaysPct')) // '≥ 100%'
 */
export function expectationShort(kpi: KpiDefinition): string {
  const e = kpi.expectation;
  if (e === undefined) return '';
  if (e.target === undefined || e.direction === undefined) return 'see notes';
  return `${e.direction === 'atLeast' ? '≥' : '≤'} ${groupDigits(e.target, 0)}${UNIT_WORDS[kpi.unit]}`;
}

/**
 * Marks a value on the wrong side of its expectation with a symbol and words (never colour
 * alone, which some readers cannot see and logs do not keep); '' when it meets it or there is none.
 * @example expectationMark(kpiDefinition('icpcWithin15WorkingDaysPct'), 92) // '▼ below expectation'
 */
export function expectationMark(kpi: KpiDefinition, value: number | null): string {
  const e = kpi.expectation;
  if (value === null || e?.target === undefined) return '';
  if (e.direction === 'atLeast' && value < e.target) return '▼ below expectation';
  if (e.direction === 'atMost' && value > e.target) return '▲ above expectation';
  return '';
}
