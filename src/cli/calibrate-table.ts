import type { TargetMeasure, TargetTolerance } from '../scenario/targets.ts';
import { measureText, type CheckedTarget, type CheckResult } from '../sim/calibrate/index.ts';
import { KPIS, MONTHLY_KPIS, type KpiUnit } from '../store/index.ts';
import { formatInterval, formatKpiValue, groupDigits } from './kpi-format.ts';

/**
 * The unit a target's KPI is reported in.
 * @example unitOf({ series: 'yearly', kpi: 'adoptions', year: undefined }) // 'count'
 */
export function unitOf(measure: TargetMeasure): KpiUnit {
  const found = measure.series === 'yearly'
    ? KPIS.find((k) => k.id === measure.kpi)
    : MONTHLY_KPIS.find((k) => k.id === measure.kpi);
  // A targets file is validated against these same lists, so this is only a guard.
  if (found === undefined) throw new Error(`KPI ${measure.kpi} is not in the catalogue; the targets file should have been refused`);
  return found.unit;
}

function signed(value: number, unit: KpiUnit): string {
  const text = groupDigits(value, unit === 'ratio' ? 2 : 1);
  const shown = text.startsWith('-') || /^[0.,]+$/.test(text) ? text : `+${text}`;
  return unit === 'percent' ? `${shown} pp` : shown;
}

/**
 * A tolerance as a reader says it: ±3 pp, ±10%, ±2.
 * @example toleranceText({ kind: 'relative', value: 0.1, defaulted: true }, 'count') // '±10%'
 */
export function toleranceText(tolerance: TargetTolerance, unit: KpiUnit): string {
  switch (tolerance.kind) {
    case 'pp':
      return `±${String(tolerance.value)} pp`;
    case 'relative':
      return `±${String(Number((tolerance.value * 100).toPrecision(4)))}%`;
    case 'absolute':
      // An absolute tolerance of a percentage is a number of percentage points.
      return `±${String(tolerance.value)}${unit === 'percent' ? ' pp' : ''}`;
    default: {
      const unknownKind: never = tolerance.kind;
      throw new Error(`unknown tolerance kind ${String(unknownKind)}`);
    }
  }
}

interface Row {
  readonly name: string;
  readonly kpi: string;
  readonly target: string;
  readonly simulated: string;
  readonly interval: string;
  readonly difference: string;
  readonly tolerance: string;
  readonly within: string;
}

function rowOf(checked: CheckedTarget): Row {
  const { target, simulated, difference } = checked;
  const unit = unitOf(target.measure);
  return {
    name: target.name,
    kpi: measureText(target.measure),
    target: formatKpiValue(target.value, unit),
    simulated: formatKpiValue(simulated.mean, unit, true),
    interval: formatInterval(simulated.low, simulated.high, unit),
    difference: difference === null ? '—' : signed(difference, unit),
    tolerance: toleranceText(target.tolerance, unit),
    within: checked.within ? 'yes' : simulated.mean === null ? 'no (no value)' : 'no',
  };
}

const TITLES: Row = {
  name: 'target', kpi: 'KPI', target: 'target', simulated: 'simulated', interval: '95% interval',
  difference: 'difference', tolerance: 'tolerance', within: 'within',
};

/**
 * The table of a check: per target its published value, the simulated mean with its 95% interval,
 * the difference, the tolerance and whether the row is within it — in words, so it reads without
 * colour — then a count of rows within tolerance and the names of those outside.
 * @example out.write(renderCheck(['calibrate check: …'], checkTargets(targets, reports)))
 */
export function renderCheck(heading: readonly string[], result: CheckResult): string {
  const rows = result.rows.map(rowOf);
  const width = (key: keyof Row): number => Math.max(TITLES[key].length, ...rows.map((r) => r[key].length));
  const w = {
    name: width('name'), kpi: width('kpi'), target: width('target'), simulated: width('simulated'),
    interval: width('interval'), difference: width('difference'), tolerance: width('tolerance'),
  };
  const line = (r: Row): string => [
    r.name.padEnd(w.name), r.kpi.padEnd(w.kpi), r.target.padStart(w.target), r.simulated.padStart(w.simulated),
    r.interval.padEnd(w.interval), r.difference.padStart(w.difference), r.tolerance.padEnd(w.tolerance), r.within,
  ].join('  ').trimEnd();
  const out = [...heading, '', `  ${line(TITLES)}`, ...rows.map((r) => `  ${line(r)}`), ''];
  const outside = result.rows.filter((r) => !r.within).map((r) => r.target.name);
  out.push(outside.length === 0
    ? `all ${result.rows.length} targets within tolerance`
    : `${result.passed} of ${result.rows.length} targets within tolerance; outside: ${outside.join('; ')}`);
  out.push('difference = simulated mean − target (percentages in percentage points, pp); a row is within tolerance when |difference| ≤ tolerance.');
  return `${out.join('\n')}\n`;
}
