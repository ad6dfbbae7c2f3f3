import { exponential, lognormalFromMedianP90, type RandomStream } from '../random/index.ts';
import type { TeamParameters } from './team.ts';

/**
 * Days until a worker leaves, from an annual turnover share read as a constant hazard:
 * P(leave within a year) = share ⇒ daily rate = −ln(1 − share) / 365. Returns Infinity when the
 * share is 0 or turnover is switched off.
 */
export function daysUntilLeaving(stream: RandomStream, params: TeamParameters, agency: boolean, enabled: boolean): number {
  const share = agency ? params.agencyAnnualTurnover : params.annualTurnover;
  if (!enabled || share <= 0) return Number.POSITIVE_INFINITY;
  const rate = -Math.log(1 - Math.min(share, 0.999)) / 365;
  // A share so small that the daily rate rounds to zero means nobody ever leaves.
  if (!(rate > 0)) return Number.POSITIVE_INFINITY;
  return exponential(stream, rate);
}

/** Days to recruit a permanent worker into a vacant post (mechanism 4). */
export function daysToRecruit(stream: RandomStream, params: TeamParameters): number {
  return 7 * lognormalFromMedianP90(stream, params.recruitmentWeeks.median, params.recruitmentWeeks.p90);
}

/** Days to bring in agency cover for a vacant post. */
export function daysToCover(stream: RandomStream, params: TeamParameters): number {
  return 7 * lognormalFromMedianP90(stream, params.agencyCoverWeeks.median, params.agencyCoverWeeks.p90);
}
