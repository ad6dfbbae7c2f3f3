/**
 * Deterministic rounding of KPI values, so that reports are stable text (ARCHITECTURE.md D9): counts
 * stay whole, percentages, rates, means and medians are given to one decimal place.
 */

/**
 * Rounds to one decimal place (halves away from zero for the non-negative values KPIs take).
 * @example round1(66.666) === 66.7
 */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Rounds to two decimal places, for small ratios such as worker changes per child.
 * @example round2(0.3456) === 0.35
 */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * A percentage to one decimal place, or null when the denominator is zero.
 * @example percent(2, 3) === 66.7
 */
export function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10;
}

/**
 * A mean to one decimal place, or null when there is nothing to average.
 * @example mean(7, 2) === 3.5
 */
export function mean(sum: number, count: number): number | null {
  return count === 0 ? null : round1(sum / count);
}

/**
 * The median of a histogram of whole numbers (counts[v] = how many took v), to one decimal place; an
 * even count takes the mean of the two middle values. Null when the histogram is empty.
 * @example medianOfCounts(Int32Array.of(0, 2, 0, 1)) === 1
 */
export function medianOfCounts(counts: Int32Array): number | null {
  let n = 0;
  for (let v = 0; v < counts.length; v++) n += counts[v] as number;
  if (n === 0) return null;
  const lowRank = Math.floor((n - 1) / 2);
  const highRank = Math.floor(n / 2);
  let low = -1;
  let seen = 0;
  for (let v = 0; v < counts.length; v++) {
    seen += counts[v] as number;
    if (low < 0 && seen > lowRank) low = v;
    if (seen > highRank) return round1((low + v) / 2);
  }
  return null;
}
