/**
 * Folds one child's journey event into the KPI state: first the statutory clocks (src/rules, which call
 * back `tallyClock` for each clock decided), then the flows and stocks the event itself moves.
 * Flows are counted only inside the report (warm-up events still move stocks, plans and clocks).
 */
import { addMonths } from '../../calendar/index.ts';
import type { AbuseCategory } from '../../domain/codes/cin.ts';
import { NEET_ACTIVITIES } from '../../domain/codes/ssda903.ts';
import type { PlacementType } from '../../domain/codes/ssda903.ts';
import type { JourneyEvent } from '../../domain/events.ts';
import type { SimDay } from '../../domain/time.ts';
import { applyClockEventTo } from '../../rules/index.ts';
import { NO_YEAR, noteWorker, rollPlacementYear, rollWorkerYear } from './child-state.ts';
import type { ChildState } from './child-state.ts';
import { KeyedBy, inc } from './kpi-state.ts';
import type { KpiState } from './kpi-state.ts';
import { yearOf } from './report-periods.ts';
import { foldPartnerEvent } from './partner-events.ts';
import { enterStocks, leaveStocks } from './stocks.ts';
import { MS, YEAR_SLOTS, YS } from './tally.ts';

/** Temporary placements (hospital, holiday, other short stays) are not moves (statutory-rules.md §4). */
const TEMPORARY: ReadonlySet<PlacementType> = new Set<PlacementType>(['T0', 'T1', 'T2', 'T3', 'T4']);

/**
 * Applies a journey event: creates the child's state on its first event, drives its clocks, folds the
 * event, and releases the state when the case closes. `handle` is the producer's handle for the child
 * (kpi-projection.ts apply), or −1 to find the child by id.
 * @example applyChildEvent(st, event, -1)
 */
export function applyChildEvent(st: KpiState, event: JourneyEvent, handle: number): void {
  const s = handle >= 0 ? byHandle(st, event, handle) : byId(st, event);
  st.current = s;
  applyClockEventTo(st.rules, s.clocks, event, st.sink);
  st.current = undefined;
  foldChildEvent(st, s, event, handle);
}

/** The state of the event's child found by id, created on its first event: the rows' cursor on the child's row. */
function byId(st: KpiState, event: JourneyEvent): ChildState {
  if (st.keyedBy !== KeyedBy.id) startKeying(st, event, KeyedBy.id);
  const rows = st.rows;
  const row = st.rowOf.get(event.child);
  if (row === undefined) st.rowOf.set(event.child, rows.claimFree(event.child));
  else rows.moveTo(row);
  return rows;
}

/**
 * The state of the event's child found by handle (the handle is the row), created on its first event.
 * A handle held by another child is a producer bug (it passed the handle on before the event that
 * releases the holder): refused, since folding one child's events into another's state would give
 * wrong figures without a sign.
 */
function byHandle(st: KpiState, event: JourneyEvent, handle: number): ChildState {
  if (st.keyedBy !== KeyedBy.handle) startKeying(st, event, KeyedBy.handle);
  const rows = st.rows;
  const holder = rows.holder(handle);
  if (holder === undefined) {
    rows.claim(handle, event.child);
  } else if (holder !== event.child) {
    throw new Error(`KPI projection: handle ${handle} came with child ${event.child} (${event.type}) while child ${holder} holds it; ` +
      'a producer may pass a handle on only after the event that releases its holder (case.closed, careLeaver.closed, privateFostering.ended, or a screening decision other than referral with no case open)');
  } else {
    rows.moveTo(handle);
  }
  return rows;
}

/** Fixes how the stream finds its children on its first child event; refuses a stream that mixes the two. */
function startKeying(st: KpiState, event: JourneyEvent, by: KeyedBy): void {
  if (st.keyedBy !== KeyedBy.unknown) {
    throw new Error(`KPI projection: event ${event.type} for child ${event.child} ${by === KeyedBy.handle ? 'has' : 'has no'} handle ` +
      'where earlier child events of the stream did not; give a handle with every child event of a stream or with none');
  }
  st.keyedBy = by;
}

/**
 * Forgets a child whose case has closed. The closing event has already cancelled the clocks its rules
 * cancel (late if past due); any clock still open after that belongs to a duty the closure ended and
 * is dropped with the state, so memory does not grow with closed cases (ARCHITECTURE.md §7).
 */
function release(st: KpiState, s: ChildState, handle: number): void {
  leaveStocks(st.stocks, s);
  if (handle >= 0) {
    st.rows.release(handle, false);
  } else {
    const row = st.rowOf.get(s.child) as number;
    st.rowOf.delete(s.child);
    st.rows.release(row, true);
  }
}

/** Counts a plan's initial category of abuse; multiple categories (MUL) count in none of the four. */
function countCategory(year: Float64Array, yr: number, category: AbuseCategory): void {
  switch (category) {
    case 'NEG': inc(year, yr + YS.cpCategoryNeglect, 1); return;
    case 'PHY': inc(year, yr + YS.cpCategoryPhysical, 1); return;
    case 'SAB': inc(year, yr + YS.cpCategorySexual, 1); return;
    case 'EMO': inc(year, yr + YS.cpCategoryEmotional, 1); return;
    case 'MUL': return;
    default: {
      const unknown: never = category;
      throw new Error(`KPI projection: unknown category of abuse ${String(unknown)}; add it to countCategory`);
    }
  }
}

function foldChildEvent(st: KpiState, s: ChildState, event: JourneyEvent, handle: number): void {
  const yr = st.yearRow;
  const mr = st.monthRow;
  const year = st.tally.year;
  const month = st.tally.month;
  const day = event.day;
  switch (event.type) {
    case 'contact.received':
      if (yr >= 0) {
        inc(year, yr + YS.contacts, 1);
        inc(month, mr + MS.contacts, 1);
      }
      return;
    case 'screening.decided':
      // A contact that ends at the front door leaves nothing open (the decision clock just stopped).
      if (event.data.outcome !== 'referral' && !s.caseOpen) release(st, s, handle);
      return;
    case 'referral.accepted': {
      if (yr >= 0) {
        inc(year, yr + YS.referrals, 1);
        inc(month, mr + MS.referrals, 1);
        const last = event.data.lastReferral;
        // "Within 12 months" in calendar months with end-of-month clamping (statutory-rules.md §2 point 4).
        if (last !== undefined && day <= addMonths(last, 12)) inc(year, yr + YS.reReferrals, 1);
      }
      if (s.caseOpen) return;
      leaveStocks(st.stocks, s);
      s.caseOpen = true;
      s.everAllocated = false;
      if (s.worker === undefined) s.waitStart = day;
      enterStocks(st.stocks, s);
      if (yr >= 0) inc(year, yr + YS.casesOpened, 1);
      return;
    }
    case 'assessment.completed':
      if (yr >= 0) {
        inc(year, yr + YS.assessmentsCompleted, 1);
        if (event.data.outcome === 'nfa' || event.data.outcome === 'earlyHelp') inc(year, yr + YS.assessmentsNfa, 1);
      }
      return;
    case 's47.started':
      if (yr >= 0) inc(year, yr + YS.s47, 1);
      return;
    case 'cpPlan.started':
      if (yr >= 0) {
        inc(year, yr + YS.cpStarted, 1);
        if ((event.data.previousPlans ?? 0) >= 1) inc(year, yr + YS.cpStartedRepeat, 1);
        countCategory(year, yr, event.data.category);
      }
      leaveStocks(st.stocks, s);
      s.cpStart = day;
      s.rcpcDecided = 0;
      s.rcpcLate = false;
      enterStocks(st.stocks, s);
      return;
    case 'cpPlan.ended':
      if (s.cpStart === undefined) return;
      if (yr >= 0) endPlanInYear(st, s, yr, day, s.cpStart);
      leaveStocks(st.stocks, s);
      s.cpStart = undefined;
      enterStocks(st.stocks, s);
      return;
    case 'care.entered': {
      if (yr >= 0) inc(year, yr + YS.claStarts, 1);
      const left = event.data.lastCareLeft;
      if (left !== undefined && day <= addMonths(left, 12)) {
        // Reported in the year care ended: the KPI asks what share of those who left came back.
        const y = yearOf(st.periods, left);
        if (y >= 0 && y < st.periods.years) inc(year, y * YEAR_SLOTS + YS.reEntries, 1);
      }
      leaveStocks(st.stocks, s);
      s.inCare = true;
      s.missingEndedYear = NO_YEAR;
      enterStocks(st.stocks, s);
      return;
    }
    case 'care.left': {
      if (yr >= 0) {
        inc(year, yr + YS.claCeased, 1);
        const reason = event.data.reason;
        if (reason === 'E4A' || reason === 'E4B' || reason === 'E13') inc(year, yr + YS.returnsHome, 1);
        if (reason === 'E5' || reason === 'E6') inc(year, yr + YS.independentLiving, 1);
        if (s.turned18 === day && s.fostered) {
          inc(year, yr + YS.leaversAt18Fostered, 1);
          if (reason === 'E17') inc(year, yr + YS.stayingPut, 1);
        }
      }
      rollPlacementYear(s, st.year);
      s.inCountedPlacement = false;
      s.missingEndedYear = NO_YEAR;
      leaveStocks(st.stocks, s);
      s.inCare = false;
      enterStocks(st.stocks, s);
      return;
    }
    case 'placement.started': {
      rollPlacementYear(s, st.year);
      const counted = !TEMPORARY.has(event.data.place);
      if (counted) s.placementCount++;
      s.inCountedPlacement = counted;
      s.fostered = event.data.place.startsWith('U');
      return;
    }
    case 'placement.ended':
      rollPlacementYear(s, st.year);
      s.inCountedPlacement = false;
      return;
    case 'missing.started':
      s.missingEndedYear = NO_YEAR;
      return;
    case 'missing.ended':
      if (yr >= 0) inc(year, yr + YS.missingEnded, 1);
      s.missingEndedYear = yr >= 0 ? st.year : NO_YEAR;
      return;
    case 'returnInterview.held':
      if (s.missingEndedYear >= 0) inc(year, s.missingEndedYear * YEAR_SLOTS + YS.missingWithRhi, 1);
      s.missingEndedYear = NO_YEAR;
      return;
    case 'proceedings.issued':
      s.proceedingsIssued = day;
      return;
    case 'proceedings.concluded':
      if (s.proceedingsIssued !== undefined && yr >= 0) {
        inc(year, yr + YS.proceedingsConcluded, 1);
        inc(year, yr + YS.proceedingsDays, day - s.proceedingsIssued);
      }
      s.proceedingsIssued = undefined;
      return;
    case 'adoption.ordered':
      if (yr >= 0) inc(year, yr + YS.adoptions, 1);
      return;
    case 'sgo.granted':
      if (yr >= 0) inc(year, yr + YS.sgos, 1);
      return;
    case 'case.closed':
    case 'careLeaver.closed':
    case 'privateFostering.ended':
      release(st, s, handle);
      return;
    case 'privateFostering.notified':
    case 'camhs.referred':
    case 'camhs.treatmentStarted':
    case 'camhs.closed':
      foldPartnerEvent(st, s, event);
      return;
    case 'privateFostering.visited':
      // Counted through its clocks only.
      return;
    case 'worker.allocated':
      rollWorkerYear(s, st.year);
      noteWorker(s, event.data.worker);
      if (yr >= 0 && s.everAllocated) inc(year, yr + YS.workerChanges, 1);
      s.everAllocated = true;
      if (s.waitStart !== undefined) {
        if (yr >= 0) {
          inc(year, yr + YS.waitCount, 1);
          inc(year, yr + YS.waitDays, day - s.waitStart);
        }
        s.waitStart = undefined;
      }
      setWorker(st, s, event.data.worker);
      return;
    case 'worker.changed':
      rollWorkerYear(s, st.year);
      noteWorker(s, event.data.worker);
      if (yr >= 0) inc(year, yr + YS.workerChanges, 1);
      s.everAllocated = true;
      s.waitStart = undefined;
      setWorker(st, s, event.data.worker);
      return;
    case 'worker.released':
      // The worker held so far this year was counted when the year's count began (rollWorkerYear).
      rollWorkerYear(s, st.year);
      setWorker(st, s, undefined);
      s.waitStart = day;
      return;
    case 'assessment.started': case 'strategy.held': case 's47.completed': case 'icpc.held': case 'coreGroup.held':
    case 'cpReview.held': case 'cinPlan.started': case 'cinReview.held': case 'cinPlan.ended': case 'legalStatus.changed':
    case 'carePlan.made': case 'placementPlan.agreed': case 'placement.notified': case 'carer.approved':
    case 'claReview.held': case 'visit.made': case 'healthAssessment.done': case 'permanence.planned':
    case 'placementOrder.made': case 'adoption.matched': case 'adoption.placed': case 'pathwayPlan.made':
    case 'pathwayPlan.reviewed': case 'oversight.missed':
      // Counted through their clocks only.
      return;
    case 'birthday.18':
      s.turned18 = day;
      return;
    case 'careLeaver.contacted':
      // DfE care leaver tables count 19–21 year olds, one record per birthday (SSDA903 OC3).
      if (yr >= 0 && event.data.age >= 19) {
        inc(year, yr + YS.leaverRecords, 1);
        if (event.data.accommodation.endsWith('1')) inc(year, yr + YS.leaverSuitable, 1);
        if (NEET_ACTIVITIES.includes(event.data.activity)) inc(year, yr + YS.leaverNeet, 1);
      }
      return;
    default: {
      const unknownEvent: never = event;
      throw new Error(`KPI projection: unknown journey event ${JSON.stringify(unknownEvent)}; add its type to foldChildEvent`);
    }
  }
}

/** Counts a plan ending in the current year: duration, and whether its reviews were all on time. */
function endPlanInYear(st: KpiState, s: ChildState, yr: number, day: SimDay, start: SimDay): void {
  const year = st.tally.year;
  inc(year, yr + YS.cpEnded, 1);
  if (day <= addMonths(start, 3)) inc(year, yr + YS.cpEndedWithin3Months, 1);
  // A plan that ended before any review fell due is left out (statutory-rules.md rcpc_first_3m).
  if (s.rcpcDecided > 0) {
    inc(year, yr + YS.cpReviewEligible, 1);
    if (!s.rcpcLate) inc(year, yr + YS.cpReviewOnTime, 1);
  }
}

function setWorker(st: KpiState, s: ChildState, worker: ChildState['worker']): void {
  leaveStocks(st.stocks, s);
  s.worker = worker;
  enterStocks(st.stocks, s);
}
