import { lognormalFromMedianP90, triangular, type RandomStream } from '../random/index.ts';
import type { Bounded, Logistic, Spread } from '../scenario/schema-parts.ts';

/** Chance of a branch for a child of risk r: 1 / (1 + e^−(a + b·r + extra)); `extra` adds log-odds (history). */
export function chance(p: Logistic, risk: number, extra = 0): number {
  return 1 / (1 + Math.exp(-(p.intercept + p.riskSlope * risk + extra)));
}

/** A yes/no decision for a child of risk r, with `extra` log-odds from the child's history. */
export function decide(dice: RandomStream, p: Logistic, risk: number, extra = 0): boolean {
  return dice.next() < chance(p, risk, extra);
}

/** A bounded work time (triangular), rounded up to whole days. */
export function boundedDays(dice: RandomStream, d: Bounded): number {
  return d.max <= d.min ? Math.ceil(d.min) : Math.ceil(triangular(dice, d.min, d.mode, d.max));
}

/** A skewed duration (lognormal by median and p90). */
export function spreadValue(dice: RandomStream, d: Spread): number {
  return d.p90 <= d.median ? d.median : lognormalFromMedianP90(dice, d.median, d.p90);
}
