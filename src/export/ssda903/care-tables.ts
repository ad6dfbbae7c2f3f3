import { ageInYears, addYears } from '../../calendar/index.ts';
import type { CareEndReason } from '../../domain/index.ts';
import { carePeriodsInYear, continuouslyLookedAfter } from '../care-status.ts';
import type { ChildHistory } from '../child-history.ts';
import { hasProvider, inYear, type CollectionYear } from '../collection-year.ts';
import { formatDmy } from '../dates.ts';
import { careEpisodes, episodesInYear } from './episodes.ts';

type Row = readonly string[];

/**
 * Episodes rows for a child: every period of care cut into chained episodes, those open in the
 * year. Postcodes and the Ofsted URN are not modelled and are left blank.
 */
export function episodeRows(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  return carePeriodsInYear(h, cy).flatMap((period) => episodesInYear(careEpisodes(period), cy).map((e) => [
    child, formatDmy(e.decom), e.rne, e.ls, e.need, e.place, hasProvider(e.place, cy) ? e.provider : '',
    formatDmy(e.dec), e.rec ?? '', e.placeChangeReason ?? '', '', '', '',
  ]));
}

/** Reviews rows: each looked-after review held in the year, with how the child took part. */
export function reviewRows(h: ChildHistory, child: string, dob: string, cy: CollectionYear): Row[] {
  return h.claReviews.filter((r) => inYear(cy, r.day)).map((r) => [child, dob, formatDmy(r.day), r.participation ?? '']);
}

/**
 * Missing rows: each time missing or away without authorisation open in the year; an end after
 * 31 March is not known at the census date (rules 570, 571).
 */
export function missingRows(h: ChildHistory, child: string, dob: string, cy: CollectionYear): Row[] {
  return h.missing
    .filter((m) => m.start <= cy.end && (m.end === undefined || m.end >= cy.start))
    .map((m) => [child, dob, m.kind, formatDmy(m.start), m.end !== undefined && m.end <= cy.end ? formatDmy(m.end) : '']);
}

/** Previous permanence option from how an earlier period of care ended (SSDA903 PREV_PERM). */
function previousPermanence(reason: CareEndReason | undefined): 'P1' | 'P2' | 'P3' | undefined {
  switch (reason) {
    case 'E11': case 'E12': return 'P1';
    case 'E45': case 'E46': case 'E47': case 'E48': return 'P2';
    case 'E41': return 'P3';
    default: return undefined;
  }
}

/**
 * PrevPerm row: for a child whose period of care started in the year (rule 630), whether the child
 * had been adopted (P1), under a special guardianship order (P2) or a child arrangements order
 * (P3) after an earlier period of care here, or none known (Z1, with no date: rule 635).
 */
export function prevPermRows(h: ChildHistory, child: string, dob: string, cy: CollectionYear): Row[] {
  // One row per child (INT35): a child who started twice in the year is recorded for the latest period.
  const p = h.carePeriods.filter((q) => inYear(cy, q.start)).at(-1);
  if (p === undefined) return [];
  const earlier = h.carePeriods.filter((q) => q.end !== undefined && q.end <= p.start);
  const last = earlier[earlier.length - 1];
  const perm = previousPermanence(last?.endReason);
  return [perm === undefined ? [child, dob, 'Z1', '', ''] : [child, dob, perm, '', formatDmy(last?.end)]];
}

/**
 * OC2 row for a child looked after continuously for 12 months at 31 March. The simulator models
 * one health event, the statutory health assessment (CPPCR2010 reg 7 and Sch 1, which reviews
 * immunisations and dental health), so HEALTH_ASSESSMENT, IMMUNISATIONS, TEETH_CHECK and, under 5,
 * HEALTH_CHECK say whether one was done in the year. Convictions and substance misuse are not
 * modelled: none is recorded (0), so the intervention items stay blank (rule 193). No SDQ is
 * modelled: aged 4–16 the reason is SDQ4 "other" (rules 157, 186, 188, 189).
 */
export function oc2Row(h: ChildHistory, child: string, dob: string, cy: CollectionYear): Row | undefined {
  if (!continuouslyLookedAfter(h, cy)) return undefined;
  const ageAtStart = ageInYears(h.dob, cy.start);
  const ageAtEnd = ageInYears(h.dob, cy.end);
  const assessed = h.healthAssessments.some((d) => inYear(cy, d)) ? '1' : '0';
  const sdq = ageAtStart >= 4 && ageAtEnd < 17 ? 'SDQ4' : '';
  return [
    child, dob, '', sdq, ageAtEnd >= 10 ? '0' : '', ageAtEnd < 5 ? assessed : '', assessed, assessed, assessed, '0', '', '',
  ];
}

/** True when a care leaver's record is for a birthday in the year, after they left care (OC3 cohort). */
export function oc3Row(h: ChildHistory, child: string, dob: string, cy: CollectionYear): Row | undefined {
  const lastCare = h.carePeriods[h.carePeriods.length - 1];
  if (lastCare?.end === undefined) return undefined;
  const left = lastCare.end;
  const record = h.leaverRecords.find((r) => {
    const birthday = addYears(h.dob, r.age);
    return inYear(cy, birthday) && birthday >= left && r.age >= 17 && r.age <= 21;
  });
  return record === undefined ? undefined : [child, dob, record.inTouch, record.activity, record.accommodation];
}
