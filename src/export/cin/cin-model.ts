import { addWorkingDays } from '../../calendar/index.ts';
import type {
  AbuseCategory, ClosureReason, NeedCode, ReferralSource, SimDay,
} from '../../domain/index.ts';
import type { ChildHistory, CinEpisode, S47 } from '../child-history.ts';
import { inYear, type CollectionYear } from '../collection-year.ts';

/** One CIN census `CINdetails` as of 31 March, with only what was open or happened in the year. */
export interface CinDetails {
  readonly referral: SimDay;
  readonly source: ReferralSource;
  readonly need: NeedCode;
  readonly close: SimDay | undefined;
  readonly closeReason: ClosureReason | undefined;
  readonly assessments: readonly { readonly start: SimDay; readonly end: SimDay | undefined }[];
  readonly cinPlans: readonly { readonly start: SimDay; readonly end: SimDay | undefined }[];
  readonly s47s: readonly { readonly start: SimDay; readonly target: SimDay; readonly icpc: SimDay | undefined; readonly notRequired: boolean }[];
  readonly referralNfa: boolean;
  readonly cpPlans: readonly {
    readonly start: SimDay; readonly end: SimDay | undefined; readonly category: AbuseCategory; readonly previous: number; readonly reviews: readonly SimDay[];
  }[];
}

/** Working days from the strategy discussion to the initial conference (WT2023 ch. 4 para 223; CIN `InitialCPCtarget`). */
const ICPC_WORKING_DAYS = 15;

/** Open at some time in the year: started by 31 March and not ended before 1 April. */
function openIn(cy: CollectionYear, start: SimDay, end: SimDay | undefined): boolean {
  return start <= cy.end && (end === undefined || end >= cy.start);
}

/** An end known at the census date, i.e. on or before 31 March. */
function known(cy: CollectionYear, end: SimDay | undefined): SimDay | undefined {
  return end !== undefined && end <= cy.end ? end : undefined;
}

/**
 * A section 47 enquiry that ended without a conference is recorded as "ICPC not required": it
 * concluded in a child-in-need plan or no further action, or the child came into care or the case
 * closed before one was held (rules 8740, 8868).
 */
function icpcNotRequired(h: ChildHistory, e: CinEpisode, s: S47, cy: CollectionYear): boolean {
  if (s.icpc !== undefined && s.icpc <= cy.end) return false;
  if (s.outcome !== undefined && s.outcome !== 'icpc' && s.end !== undefined && s.end <= cy.end) return true;
  if (e.close !== undefined && e.close <= cy.end) return true;
  return h.carePeriods.some((p) => p.start >= s.start && p.start <= cy.end && (e.close === undefined || p.start <= e.close));
}

/**
 * The CIN episodes a census year returns for a child: each open at some time in the year, with its
 * modules as known at 31 March (end dates after it are left out; rules 8620, 8696, 8715, 8930, 4013).
 */
export function cinDetailsInYear(h: ChildHistory, cy: CollectionYear): readonly CinDetails[] {
  return h.episodes.filter((e) => openIn(cy, e.referral, e.close)).map((e) => ({
    referral: e.referral,
    source: e.source,
    need: e.need,
    close: known(cy, e.close),
    closeReason: known(cy, e.close) === undefined ? undefined : e.closeReason,
    assessments: e.assessments.filter((a) => openIn(cy, a.start, a.end)).map((a) => ({ start: a.start, end: known(cy, a.end) })),
    cinPlans: e.cinPlans.filter((p) => openIn(cy, p.start, p.end)).map((p) => ({ start: p.start, end: known(cy, p.end) })),
    s47s: e.s47s.filter((s) => openIn(cy, s.start, s.icpc ?? s.end)).map((s) => ({
      start: s.start,
      target: addWorkingDays(s.start, ICPC_WORKING_DAYS),
      icpc: known(cy, s.icpc),
      notRequired: icpcNotRequired(h, e, s, cy),
    })),
    referralNfa: e.outcome === 'nfa',
    cpPlans: e.cpPlans.filter((p) => openIn(cy, p.start, p.end)).map((p) => ({
      start: p.start,
      end: known(cy, p.end),
      category: p.category,
      previous: p.previousPlans,
      // A review is returned in the year it was held, and never on the day the plan started (rule 8841).
      reviews: p.reviews.filter((r) => inYear(cy, r) && r > p.start),
    })),
  }));
}

/**
 * CIN `Disability`: disability is not modelled beyond the need code, so a child whose primary
 * need was ever N2 (the child's disability) is recorded as disabled of a kind not listed (DDA),
 * and any other child as NONE (rule 8540 requires the item).
 */
export function disabilityCode(h: ChildHistory, cy: CollectionYear): 'DDA' | 'NONE' {
  return h.episodes.some((e) => e.referral <= cy.end && e.need === 'N2') || h.carePeriods.some((p) => p.start <= cy.end && p.need === 'N2') ? 'DDA' : 'NONE';
}
