import type { ChildId, TeamId, WorkerId } from './ids.ts';
import type { SimDay } from './time.ts';
import type { AbuseCategory, ClosureReason, NeedCode, ReferralSource } from './codes/cin.ts';
import type {
  CareEndReason, InTouch, LeaverAccommodation, LeaverActivity, LegalStatus, MissingKind, PlaceChangeReason, PlacementProvider, PlacementType,
  ReviewParticipation, SwReason,
} from './codes/ssda903.ts';
import type { Ethnicity, Sex } from './codes/person.ts';
import type { OversightTask } from './codes/workforce.ts';
import type {
  AssessmentOutcome, CinPlanEndOutcome, CpPlanEndOutcome, HealthAssessmentKind, IcpcOutcome,
  PermanencePlan, ProceedingsOrder, ReferralOutcome, S47Outcome, ScreeningOutcome, StrategyOutcome, VisitKind,
  CamhsOutcome,
} from './codes/outcomes.ts';

/**
 * The data each journey event carries, by event type. Types are `stage.pastTense` (house rule 2) and
 * the names in this map are the event-file format: renaming one breaks saved logs.
 */
export interface EventDataMap {
  // ── front door ──────────────────────────────────────────────────────────
  /**
   * A contact about the child reaches the front door, with who the child is (the simulator writes it on
   * every contact; logs where only the first carries it still read, and the first value is kept).
   */
  'contact.received': { source: ReferralSource; dob?: SimDay; sex?: Sex; ethnicity?: Ethnicity };
  'screening.decided': { outcome: ScreeningOutcome };
  /** The contact is accepted as a referral to children's social care (CIN `CINreferralDate`). */
  'referral.accepted': {
    source: ReferralSource; need: NeedCode; outcome: ReferralOutcome;
    /** Day of the child's previous referral, if any: re-referrals within 12 months are counted from it (Annex A List 3). */
    lastReferral?: SimDay;
  };
  // ── assessment ──────────────────────────────────────────────────────────
  'assessment.started': Record<string, never>;
  /** Authorised conclusion of the assessment (CIN `AssessmentAuthorisationDate`). */
  'assessment.completed': { outcome: AssessmentOutcome };
  // ── child protection ────────────────────────────────────────────────────
  'strategy.held': { outcome: StrategyOutcome };
  /** Section 47 enquiry starts; DfE dates it by the strategy discussion that started it. */
  's47.started': Record<string, never>;
  's47.completed': { outcome: S47Outcome };
  'icpc.held': { outcome: IcpcOutcome };
  /** `previousPlans`: CIN census `NumberOfPreviousCPP`; a plan with ≥ 1 is a second or subsequent plan. */
  'cpPlan.started': { category: AbuseCategory; previousPlans?: number };
  'coreGroup.held': Record<string, never>;
  'cpReview.held': Record<string, never>;
  'cpPlan.ended': { outcome: CpPlanEndOutcome };
  // ── child in need ───────────────────────────────────────────────────────
  'cinPlan.started': Record<string, never>;
  'cinReview.held': Record<string, never>;
  'cinPlan.ended': { outcome: CinPlanEndOutcome };
  // ── care ────────────────────────────────────────────────────────────────
  /** `lastCareLeft`: day the previous period of care ended, if any (re-entry within 12 months). */
  'care.entered': { legalStatus: LegalStatus; need: NeedCode; lastCareLeft?: SimDay };
  'legalStatus.changed': { legalStatus: LegalStatus };
  'carePlan.made': Record<string, never>;
  /**
   * A placement starts. `longTerm`: intended to last until the child is 18 (CPPCR2010 reg 28(2)(c));
   * `ltfConsent`: a long-term foster placement where the child agrees to six-monthly visits (reg 28(3A));
   * `temporaryApproval`: a connected person temporarily approved under reg 24.
   */
  'placement.started': {
    place: PlacementType; provider: PlacementProvider;
    longTerm?: boolean; ltfConsent?: boolean; temporaryApproval?: boolean;
  };
  'placementPlan.agreed': Record<string, never>;
  'placement.notified': Record<string, never>;
  'carer.approved': Record<string, never>;
  'placement.ended': { reason: PlaceChangeReason };
  'claReview.held': { participation?: ReviewParticipation };
  'visit.made': { kind?: VisitKind; seenAlone?: boolean };
  'healthAssessment.done': { kind: HealthAssessmentKind };
  'missing.started': { kind: MissingKind };
  'missing.ended': Record<string, never>;
  'returnInterview.held': Record<string, never>;
  'proceedings.issued': Record<string, never>;
  'proceedings.concluded': { order: ProceedingsOrder };
  /** The child is referred to child and adolescent mental health services (CAMHS) and joins its waiting list. */
  'camhs.referred': Record<string, never>;
  /** CAMHS treatment begins: the end of the wait from referral to treatment. */
  'camhs.treatmentStarted': Record<string, never>;
  'camhs.closed': { outcome: CamhsOutcome };
  // ── permanence ──────────────────────────────────────────────────────────
  'permanence.planned': { plan: PermanencePlan };
  'placementOrder.made': Record<string, never>;
  'adoption.matched': Record<string, never>;
  'adoption.placed': Record<string, never>;
  'adoption.ordered': Record<string, never>;
  'sgo.granted': Record<string, never>;
  'care.left': { reason: CareEndReason };
  // ── leaving care ────────────────────────────────────────────────────────
  'pathwayPlan.made': Record<string, never>;
  'pathwayPlan.reviewed': Record<string, never>;
  'birthday.18': Record<string, never>;
  /**
   * The personal adviser's record around a care leaver's 17th–21st birthday (SSDA903 OC3): in touch,
   * main activity and accommodation (with its suitability).
   */
  'careLeaver.contacted': { age: number; inTouch: InTouch; activity: LeaverActivity; accommodation: LeaverAccommodation };
  'careLeaver.closed': Record<string, never>;
  // ── private fostering (CA1989 s66–67; PFR2005) ───────────────────────────
  /**
   * The authority is told of a private fostering arrangement: the child lives with someone who is not a
   * relative for 28 days or more (CA1989 s66). The first event of such a child also records who they are.
   */
  'privateFostering.notified': { dob?: SimDay; sex?: Sex; ethnicity?: Ethnicity };
  /** A visit by the authority's officer to the child and the private foster carer (PFR2005 reg 4, 8). */
  'privateFostering.visited': Record<string, never>;
  /** The arrangement ends (the child goes home, or turns 16, or 18 if disabled). */
  'privateFostering.ended': Record<string, never>;
  // ── any time ────────────────────────────────────────────────────────────
  'case.closed': { reason: ClosureReason };
  /** `reason`: the SSDA903 SW_REASON when the allocation follows a release (a first allocation has none). */
  'worker.allocated': { worker: WorkerId; team: TeamId; reason?: SwReason };
  'worker.changed': { worker: WorkerId; team: TeamId; reason: SwReason };
  /** The case loses its worker and waits unallocated (the worker left, is absent, or the case moves team). */
  'worker.released': { reason: SwReason };
  /** A statutory task fell due and was missed; it stays missed until supervision or a review catches it (ARCHITECTURE D6.5). */
  'oversight.missed': { task: OversightTask };
}

/** Every journey event type. */
export type EventType = keyof EventDataMap;

/** One event of a child's journey: readonly, with its day and child (ARCHITECTURE §4). */
export type EventOf<K extends EventType> = {
  readonly type: K;
  readonly day: SimDay;
  readonly child: ChildId;
  readonly data: Readonly<EventDataMap[K]>;
};

/** The closed union of journey events. */
export type JourneyEvent = { [K in EventType]: EventOf<K> }[EventType];

/** Builds an event; the data type is checked against the event type. */
export function makeEvent<K extends EventType>(type: K, day: SimDay, child: ChildId, data: EventDataMap[K]): EventOf<K> {
  return { type, day, child, data };
}
