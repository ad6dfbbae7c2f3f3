import type { Target, TargetTolerance } from '../../scenario/targets.ts';
import type { KpiReport } from '../../store/projections/index.ts';
import { estimate, type Estimate } from '../statistics.ts';
import { measureValue } from './measure.ts';

/** One target compared with the simulated mean over the replications. */
export interface CheckedTarget {
  readonly target: Target;
  /** The simulated mean and its 95% interval over the replications (D10). */
  readonly simulated: Estimate;
  /** Simulated mean − target, in the KPI's unit (percentage points for a percentage); null without a mean. */
  readonly difference: number | null;
  /** The tolerance in the KPI's unit: the largest |difference| that passes. */
  readonly allowed: number;
  /** |difference| ≤ allowed. A KPI with no simulated value fails: nothing was reproduced. */
  readonly within: boolean;
  /** difference ÷ allowed: 1 at the edge of the tolerance; null without a mean. */
  readonly scaledMiss: number | null;
}

/** A whole check: every row, and how many passed. */
export interface CheckResult {
  readonly rows: readonly CheckedTarget[];
  readonly passed: number;
  readonly failed: number;
}

/**
 * The tolerance of a target in the KPI's own unit. A relative tolerance of a zero target would
 * allow nothing at all, so it is taken as a share of 1 instead (write absolute: for such rows).
 * @example allowedDifference({ kind: 'relative', value: 0.1, defaulted: false }, 2746) // 274.6
 */
export function allowedDifference(tolerance: TargetTolerance, target: number): number {
  switch (tolerance.kind) {
    case 'pp':
    case 'absolute':
      return tolerance.value;
    case 'relative':
      return tolerance.value * (target === 0 ? 1 : Math.abs(target));
    default: {
      const unknownKind: never = tolerance.kind;
      throw new Error(`unknown tolerance kind ${String(unknownKind)}`);
    }
  }
}

/** Rounding of the simulated mean (statistics.ts keeps 3 decimals) must not turn a pass into a fail. */
const EDGE = 1e-9;

/**
 * Compares each target with the mean of its KPI over the replications' reports.
 * @example checkTargets(targets.targets, results.map((r) => r.report)).failed // 0 when every row is within tolerance
 */
export function checkTargets(targets: readonly Target[], reports: readonly KpiReport[]): CheckResult {
  const rows = targets.map((target): CheckedTarget => {
    const simulated = estimate(reports.map((report) => measureValue(report, target.measure)));
    const allowed = allowedDifference(target.tolerance, target.value);
    const difference = simulated.mean === null ? null : simulated.mean - target.value;
    const within = difference !== null && Math.abs(difference) <= allowed * (1 + EDGE);
    return { target, simulated, difference, allowed, within, scaledMiss: difference === null ? null : difference / allowed };
  });
  const passed = rows.filter((row) => row.within).length;
  return { rows, passed, failed: rows.length - passed };
}

/**
 * Miss charged for a row whose KPI has no simulated value at all (e.g. no ICPCs were held): ten
 * tolerances, so that the search moves away from such corners without an infinite objective.
 */
export const NO_VALUE_MISS = 10;

/**
 * The objective of a fit: the sum over rows of (difference ÷ tolerance)², so a row at the edge of
 * its tolerance adds 1, and rows in different units weigh alike.
 * @example calibrationObjective(checkTargets(targets, reports)) // 0.42
 */
export function calibrationObjective(result: CheckResult): number {
  let sum = 0;
  for (const row of result.rows) {
    const miss = row.scaledMiss ?? NO_VALUE_MISS;
    sum += miss * miss;
  }
  return sum;
}
