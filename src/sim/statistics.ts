/**
 * Summaries over replications (ARCHITECTURE D10): a mean with a 95% interval from Student's t,
 * and paired differences over common-random-number replications.
 */

/** Two-sided 95% critical values of Student's t for 1–30 degrees of freedom; beyond 30, 1.96 is close enough. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** A mean and its 95% interval; `low`/`high` are null with fewer than two values. */
export interface Estimate {
  readonly mean: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The mean of the values that exist (nulls are replications where the measure had no denominator),
 * with a t-based 95% interval.
 * @example estimate([70, 72, 74]) // { mean: 72, low: 67.032, high: 76.968, n: 3 }
 */
export function estimate(values: readonly (number | null)[]): Estimate {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: null, low: null, high: null, n };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n < 2) return { mean: round(mean), low: null, high: null, n };
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  const half = (T975[n - 2] ?? 1.96) * Math.sqrt(ss / (n - 1) / n);
  return { mean: round(mean), low: round(mean - half), high: round(mean + half), n };
}

/** Paired differences b − a, replication by replication (only where both exist). */
export function pairedDifference(a: readonly (number | null)[], b: readonly (number | null)[]): Estimate {
  const diffs: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (x !== null && x !== undefined && y !== null && y !== undefined) diffs.push(y - x);
  }
  return estimate(diffs);
}

/** True when a 95% interval excludes zero (a difference that is not noise). */
export function excludesZero(e: Estimate): boolean {
  return e.low !== null && e.high !== null && (e.low > 0 || e.high < 0);
}
