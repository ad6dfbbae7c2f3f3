import type {
  AbuseCategory, AssessmentOutcome, CareEndReason, ChildId, ClosureReason, Ethnicity, InTouch, LeaverAccommodation,
  LeaverActivity, LegalStatus, MissingKind, NeedCode, PermanencePlan, PlaceChangeReason, PlacementProvider,
  PlacementType, ReferralOutcome, ReferralSource, ReviewParticipation, S47Outcome, Sex, SimDay, SwReason, TeamId,
  WorkerId, IcpcOutcome,
} from '../domain/index.ts';

/**
 * One child's whole history as the returns need it, folded from the event log. Every return is
 * written from these records, so the same child has the same identity in every file.
 */
export interface ChildHistory {
  readonly id: ChildId;
  dob: SimDay;
  sex: Sex;
  ethnicity: Ethnicity;
  readonly contacts: { readonly day: SimDay; readonly source: ReferralSource }[];
  /** One per open case: referral accepted to case closed (CIN census `CINdetails`). */
  readonly episodes: CinEpisode[];
  readonly carePeriods: CarePeriod[];
  /** Spells with one allocated worker; a spell without a worker is a gap between them. */
  readonly workers: WorkerSpell[];
  readonly claReviews: { readonly day: SimDay; readonly participation: ReviewParticipation | undefined }[];
  readonly missing: MissingSpell[];
  readonly visits: { readonly day: SimDay; readonly kind: 'statutory' | 'adviser' | undefined; readonly seenAlone: boolean | undefined }[];
  readonly healthAssessments: SimDay[];
  readonly pathwayReviews: SimDay[];
  readonly leaverRecords: LeaverRecord[];
  /** When leaving-care support ended, if it has. */
  careLeaverClosed: SimDay | undefined;
}

/** A CIN episode (CIN census `CINdetails`). */
export interface CinEpisode {
  readonly referral: SimDay;
  readonly source: ReferralSource;
  readonly need: NeedCode;
  readonly outcome: ReferralOutcome;
  readonly lastReferral: SimDay | undefined;
  close: SimDay | undefined;
  closeReason: ClosureReason | undefined;
  readonly assessments: { readonly start: SimDay; end: SimDay | undefined; outcome: AssessmentOutcome | undefined }[];
  readonly strategies: SimDay[];
  readonly s47s: S47[];
  readonly cinPlans: { readonly start: SimDay; end: SimDay | undefined }[];
  readonly cpPlans: CpPlan[];
}

export interface S47 {
  readonly start: SimDay;
  end: SimDay | undefined;
  outcome: S47Outcome | undefined;
  icpc: SimDay | undefined;
  icpcOutcome: IcpcOutcome | undefined;
}

export interface CpPlan {
  readonly start: SimDay;
  end: SimDay | undefined;
  readonly category: AbuseCategory;
  readonly previousPlans: number;
  readonly reviews: SimDay[];
}

/** A period of care: looked after from `start` to `end` (SSDA903 episodes are cut from it). */
export interface CarePeriod {
  readonly start: SimDay;
  end: SimDay | undefined;
  endReason: CareEndReason | undefined;
  readonly need: NeedCode;
  /** Legal status from each day on (the first is the status on entry). */
  readonly legal: { readonly day: SimDay; readonly status: LegalStatus }[];
  readonly placements: Placement[];
  readonly permanence: { readonly day: SimDay; readonly plan: PermanencePlan }[];
  placementOrder: SimDay | undefined;
  matched: SimDay | undefined;
  placedForAdoption: SimDay | undefined;
  adopted: SimDay | undefined;
}

export interface Placement {
  readonly start: SimDay;
  end: SimDay | undefined;
  readonly place: PlacementType;
  readonly provider: PlacementProvider;
  /** Why the placement before this one ended (SSDA903 REASON_PLACE_CHANGE), if one did. */
  readonly changeReason: PlaceChangeReason | undefined;
}

export interface WorkerSpell {
  readonly worker: WorkerId;
  readonly team: TeamId;
  readonly start: SimDay;
  end: SimDay | undefined;
  /** The SW_REASON of the change that began this spell; none for a case's first allocation. */
  readonly reason: SwReason | undefined;
  /** Why the worker was released, when the spell ended with the case left unallocated. */
  releaseReason: SwReason | undefined;
}

export interface MissingSpell {
  readonly kind: MissingKind;
  readonly start: SimDay;
  end: SimDay | undefined;
  returnInterview: SimDay | undefined;
}

/** A personal adviser's record around a 17th–21st birthday (SSDA903 OC3). */
export interface LeaverRecord {
  readonly day: SimDay;
  readonly age: number;
  readonly inTouch: InTouch;
  readonly activity: LeaverActivity;
  readonly accommodation: LeaverAccommodation;
}
