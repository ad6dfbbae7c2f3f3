/**
 * What the clock evaluator remembers about one child between events, for conditions and anchors.
 *
 * Why a small mutable record: the simulator folds millions of events online (ARCHITECTURE.md §7, D11),
 * so the context is plain preallocated state updated in place, one `switch` per event.
 * The context takes an event into account BEFORE that event's clocks are processed, so a condition
 * asked at an event sees the event (e.g. the new placement when a placement starts).
 */
import type { JourneyEvent } from '../domain/events.ts';
import type { LegalStatus, PlacementType } from '../domain/codes/ssda903.ts';
import type { SimDay } from '../domain/time.ts';

/** The child's current placement, as far as visit and temporary-placement rules need it. */
export interface PlacementContext {
  readonly start: SimDay;
  readonly place: PlacementType;
  readonly longTerm: boolean;
  readonly ltfConsent: boolean;
  /** Cleared by `carer.approved`: a fully approved connected person is an ordinary foster carer (CPPCR2010 reg 24–25). */
  temporaryApproval: boolean;
}

/** Per-child facts the conditions of conditions.ts read. */
export interface ChildContext {
  /** From the first `contact.received` that carries one; later values are ignored. */
  dob: SimDay | undefined;
  lookedAfter: boolean;
  /** Latest legal status from `care.entered` or `legalStatus.changed`. */
  legalStatus: LegalStatus | undefined;
  /** A looked-after review was held since the latest `care.entered`. */
  reviewHeldInPeriod: boolean;
  /** Cleared by `placement.ended` and `care.left`. */
  placement: PlacementContext | undefined;
  /** A review (`claReview.held`) was held since the latest `adoption.placed`. */
  adoptionReviewHeld: boolean;
  /** Day of the latest `strategy.held`; forgotten when the case closes, so an old case cannot anchor a new s47. */
  lastStrategyDay: SimDay | undefined;
  pathwayPlanMade: boolean;
  /** Day of the `privateFostering.notified` of the arrangement under way (PFR2005 reg 8 counts its years from it). */
  privateFosteringFrom: SimDay | undefined;
}

/**
 * Creates the context of a child with no events yet.
 * @example const ctx = createChildContext();
 */
export function createChildContext(): ChildContext {
  return {
    dob: undefined, lookedAfter: false, legalStatus: undefined, reviewHeldInPeriod: false, placement: undefined,
    adoptionReviewHeld: false, lastStrategyDay: undefined, pathwayPlanMade: false, privateFosteringFrom: undefined,
  };
}

/**
 * Takes one event into the context, in place.
 * @example updateChildContext(ctx, makeEvent('care.entered', day, child, { legalStatus: 'C2', need: 'N1' }))
 */
export function updateChildContext(ctx: ChildContext, event: JourneyEvent): void {
  switch (event.type) {
    case 'contact.received':
      if (ctx.dob === undefined && event.data.dob !== undefined) ctx.dob = event.data.dob;
      return;
    case 'strategy.held':
      ctx.lastStrategyDay = event.day;
      return;
    case 'case.closed':
      ctx.lastStrategyDay = undefined;
      return;
    case 'care.entered':
      // A new period of care restarts the review sequence at review 1 (statutory-rules.md §2 point 5).
      ctx.lookedAfter = true;
      ctx.legalStatus = event.data.legalStatus;
      ctx.reviewHeldInPeriod = false;
      return;
    case 'legalStatus.changed':
      ctx.legalStatus = event.data.legalStatus;
      return;
    case 'care.left':
      ctx.lookedAfter = false;
      ctx.placement = undefined;
      return;
    case 'placement.started':
      ctx.placement = {
        start: event.day, place: event.data.place, longTerm: event.data.longTerm === true,
        ltfConsent: event.data.ltfConsent === true, temporaryApproval: event.data.temporaryApproval === true,
      };
      return;
    case 'placement.ended':
      ctx.placement = undefined;
      return;
    case 'carer.approved':
      if (ctx.placement !== undefined) ctx.placement.temporaryApproval = false;
      return;
    case 'claReview.held':
      ctx.reviewHeldInPeriod = true;
      ctx.adoptionReviewHeld = true;
      return;
    case 'adoption.placed':
      ctx.adoptionReviewHeld = false;
      return;
    case 'pathwayPlan.made':
      ctx.pathwayPlanMade = true;
      return;
    case 'privateFostering.notified':
      ctx.privateFosteringFrom = event.day;
      return;
    case 'privateFostering.ended':
      ctx.privateFosteringFrom = undefined;
      return;
    case 'screening.decided': case 'referral.accepted': case 'assessment.started': case 'assessment.completed':
    case 's47.started': case 's47.completed': case 'icpc.held': case 'cpPlan.started': case 'coreGroup.held':
    case 'cpReview.held': case 'cpPlan.ended': case 'cinPlan.started': case 'cinReview.held': case 'cinPlan.ended':
    case 'carePlan.made': case 'placementPlan.agreed': case 'placement.notified': case 'visit.made':
    case 'healthAssessment.done': case 'missing.started': case 'missing.ended': case 'returnInterview.held':
    case 'proceedings.issued': case 'proceedings.concluded': case 'permanence.planned': case 'placementOrder.made':
    case 'adoption.matched': case 'adoption.ordered': case 'sgo.granted': case 'pathwayPlan.reviewed':
    case 'birthday.18': case 'careLeaver.contacted': case 'careLeaver.closed': case 'worker.allocated': case 'worker.changed':
    case 'worker.released': case 'oversight.missed': case 'camhs.referred': case 'camhs.treatmentStarted': case 'camhs.closed':
    case 'privateFostering.visited':
      return;
    default: {
      const unknownEvent: never = event;
      throw new Error(`updateChildContext: unknown event ${JSON.stringify(unknownEvent)}; add its type to the switch`);
    }
  }
}

/** True when the child counts towards "eligible child" time: looked after, not on a reg 48 short break (V3/V4). */
export function inQualifyingCare(ctx: ChildContext): boolean {
  return ctx.lookedAfter && ctx.legalStatus !== 'V3' && ctx.legalStatus !== 'V4';
}
