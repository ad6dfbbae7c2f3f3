import type {
  ChildId, ClosureReason, Ethnicity, LegalStatus, NeedCode, PermanencePlan, ReferralSource, SimDay, Sex, SwReason,
} from '../domain/index.ts';
import { initialJourneyContext, type JourneyContext, type JourneyState } from '../journey/index.ts';
import type { Worker } from '../workforce/index.ts';
import { ChildDice } from './dice.ts';
import { highHalf, joinDouble, lowHalf, splitDouble } from './double-halves.ts';

/**
 * What the simulator knows about a child while their case is open. At closure it is released, or,
 * for a child expected back, packed into a row of returning-child.ts's columns and rebuilt on return,
 * so memory follows open cases (ARCHITECTURE §7).
 */
export interface CaseRecord {
  slot: number;
  readonly index: number;
  readonly id: ChildId;
  /** The child's own seeded stream (see dice.ts). */
  readonly dice: ChildDice;
  readonly dob: SimDay;
  readonly sex: Sex;
  readonly ethnicity: Ethnicity;
  need: NeedCode;
  /** Source of the contact that opened the current episode (CIN ReferralSource). */
  source: ReferralSource;
  /** Closure reason decided when the work ended (CIN RC code). */
  closeReason: ClosureReason;
  /** Latent risk of harm in [0, 1]; plans reduce it, it decides branches. */
  risk: number;
  readonly journey: JourneyState;
  /** Team index the case belongs to now, or -1. */
  team: number;
  worker: Worker | null;
  /** The stamp of the giving by which `worker` holds the case (workforce case-book.ts). */
  workerStamp: number;
  /** Waiting in the team's queue for a worker. */
  queued: boolean;
  /** Why the case last lost its worker (SSDA903 SW_REASON), carried onto the next allocation. */
  releaseReason: SwReason | null;
  /** The day work may resume after a new worker picks the case up (handover). */
  handoverUntil: number;
  /** Timers that fell due while nobody could do them; re-armed at allocation (bit per TimerKind). */
  blocked: number;
  /** The main line of work: what happens when the main timer fires. */
  step: number;
  /** Work left on the current task, in working days at target caseload, and when it was last rescheduled. */
  workLeft: number;
  workFrom: number;
  workPace: number;
  /** Timers armed in the kernel (bit per TimerKind): a plain number, so a case costs no typed array. */
  armed: number;
  // ── history the events carry (so projections need not remember every child) ──
  lastReferral: SimDay | null;
  lastCareLeft: SimDay | null;
  /** Day the current plan or period of care started; risk at that day; worker changes in it. */
  planStart: number;
  planRisk: number;
  /** The highest risk the child has been known at: relapse on return moves back towards it. */
  priorRisk: number;
  planChanges: number;
  planUnallocatedDays: number;
  unallocatedFrom: number;
  /** Care: period start, current placement start and kind, leaving route. */
  careStart: number;
  placementStart: number;
  route: number;
  reviewsDone: number;
  /** The next statutory due day of the chained visit / review, used to plan the next one. */
  visitDue: number;
  reviewDue: number;
  /** Missing-episode phase (0 none, 1 away, 2 return interview due) and adoption step in progress. */
  missingPhase: number;
  courtPhase: number;
  /** Reviews held since the child was placed for adoption (AAR2005 reg 36: 4 weeks, 3 months, 6 months). */
  adoptionReviews: number;
  /** The current placement is with foster carers (U1–U6); at 18 the young person may stay put. */
  fostered: boolean;
  /** Left care at 18 staying put with their foster carers (REC E17). */
  stayingPut: boolean;
  /** The last birthday (17–21) the adviser's OC3 record was made for; 0 before the first. */
  leaverRecordAge: number;
  /** This episode (since the referral) had a plan, an enquiry or care: it cannot close "after assessment". */
  episodeActivity: boolean;
  /** Day the authority was told of the child's private fostering arrangement (PFR2005 reg 8 counts from it). */
  privateFosteringFrom: number;
  /** Where the child's CAMHS referral stands (0 none, 1 referral due, 2 waiting, 3 in treatment) and its ticket in the queue. */
  camhsPhase: number;
  camhsTicket: number;
}

splitDouble(1);
/** The high half of 1.0, a fresh case's pace. */
const ONE_HIGH = highHalf();

/**
 * A case record built by a constructor rather than an object literal: V8 keeps one boilerplate per
 * literal, and once a field first holds a fraction (work left, pace, risk) that boilerplate's map is
 * deprecated, so every later record was born with it and migrated on its first write (about a
 * microsecond per child at national scale). Instances of a class follow the updated map instead.
 *
 * The record is also the child's dice (it extends ChildDice), journey state and journey context
 * (`dice`, `journey` and `journey.context` are the record itself): an event reads all four, and one
 * object is one block of memory to fetch where four linked objects were four, at national scale
 * mostly cache misses; a child costs one allocation instead of four. The names do not overlap
 * (case-record.test.ts checks the context part against `initialJourneyContext`).
 *
 * V8 lays fields out in the order they are first set, after the dice's four. What nearly every timer
 * and event reads (slot, leaf, id, the armed and blocked bits, the step, team and worker, work left and
 * pace, risk, the next visit and review) comes first, so that it shares the record's first four cache
 * lines, which the kernel's read-ahead fetches (simulate's `warm`). The journey context comes next:
 * the machine's guards and its updates read and write it at every event. The rest of the ~740 bytes is
 * read by one kind of event or another. Against the order of declaration by topic, at England scale:
 * +2.7% and +1.2% run in pairs (five years), +4.1% run alone in turns (three years, five rounds); the
 * context moved up from the end, +2.7% and +1.3% in pairs (three years; README, Performance).
 */
class OpenCase extends ChildDice implements CaseRecord, JourneyState, JourneyContext {
  slot = 0;
  leaf = 0;
  readonly id: ChildId;
  armed = 0;
  step = 0;
  team = -1;
  worker: Worker | null = null;
  workerStamp = 0;
  queued = false;
  handoverUntil = 0;
  blocked = 0;
  workFrom = 0;
  // The fractions (work left, pace, risk, plan risk, prior risk), each as the two 32-bit halves of its
  // double's bits: a fraction in a field of its own is a separate boxed number in V8, one more object
  // per open case for the collector and one more pointer away (at national scale one more cache miss).
  // Halves are small integers held in the record itself; the accessors below give the same doubles.
  private workLeftLo = 0;
  private workLeftHi = 0;
  private workPaceLo = 0;
  private workPaceHi = ONE_HIGH;
  private riskLo = 0;
  private riskHi = 0;
  visitDue = 0;
  reviewDue = 0;
  readonly index: number = 0;
  readonly dob: SimDay = 0 as SimDay;
  // ── the journey context (journey/context.ts: initialJourneyContext's values) ──
  contacts = 0;
  referrals = 0;
  assessments = 0;
  s47s = 0;
  cpPlans = 0;
  cinPlans = 0;
  periodsOfCare = 0;
  placements = 0;
  workerChanges = 0;
  releases = 0;
  missedTasks = 0;
  visits = 0;
  cpReviews = 0;
  coreGroups = 0;
  cinReviews = 0;
  claReviews = 0;
  healthAssessments = 0;
  pathwayReviews = 0;
  leaverRecords = 0;
  camhs = 0;
  legalStatus: LegalStatus | 'none' = 'none';
  carePlan = false;
  placementPlan = false;
  placementNotified = false;
  carerApproved = false;
  missing = false;
  returnInterviewDue = false;
  inProceedings = false;
  permanence: PermanencePlan | 'none' = 'none';
  adoptionStage = 0;
  adult = false;
  allocated = false;
  pathwayPlan = false;
  // ── the rest of the case (each read by one kind of event or another) ──
  readonly sex: Sex;
  readonly ethnicity: Ethnicity;
  need: NeedCode;
  source: ReferralSource = '8';
  closeReason: ClosureReason = 'RC7';
  releaseReason: SwReason | null = null;
  lastReferral: SimDay | null = null;
  lastCareLeft: SimDay | null = null;
  planStart = 0;
  planChanges = 0;
  planUnallocatedDays = 0;
  unallocatedFrom = -1;
  careStart = 0;
  placementStart = 0;
  route = 0;
  reviewsDone = 0;
  missingPhase = 0;
  courtPhase = 0;
  adoptionReviews = 0;
  fostered = false;
  stayingPut = false;
  leaverRecordAge = 0;
  episodeActivity = false;
  privateFosteringFrom = 0;
  camhsPhase = 0;
  camhsTicket = 0;
  private planRiskLo = 0;
  private planRiskHi = 0;
  private priorRiskLo = 0;
  private priorRiskHi = 0;

  constructor(
    slot: number, index: number, id: ChildId, dice: ChildDice, dob: SimDay,
    sex: Sex, ethnicity: Ethnicity, need: NeedCode, risk: number, leaf: number,
  ) {
    super(dice.c, dice.s0, dice.s1, dice.s2);
    this.slot = slot;
    this.leaf = leaf;
    this.id = id;
    this.index = index;
    this.dob = dob;
    this.sex = sex;
    this.ethnicity = ethnicity;
    this.need = need;
    this.risk = risk;
  }

  get workLeft(): number {
    return joinDouble(this.workLeftLo, this.workLeftHi);
  }

  set workLeft(value: number) {
    splitDouble(value);
    this.workLeftLo = lowHalf();
    this.workLeftHi = highHalf();
  }

  get workPace(): number {
    return joinDouble(this.workPaceLo, this.workPaceHi);
  }

  set workPace(value: number) {
    splitDouble(value);
    this.workPaceLo = lowHalf();
    this.workPaceHi = highHalf();
  }

  get risk(): number {
    return joinDouble(this.riskLo, this.riskHi);
  }

  set risk(value: number) {
    splitDouble(value);
    this.riskLo = lowHalf();
    this.riskHi = highHalf();
  }

  get planRisk(): number {
    return joinDouble(this.planRiskLo, this.planRiskHi);
  }

  set planRisk(value: number) {
    splitDouble(value);
    this.planRiskLo = lowHalf();
    this.planRiskHi = highHalf();
  }

  get priorRisk(): number {
    return joinDouble(this.priorRiskLo, this.priorRiskHi);
  }

  set priorRisk(value: number) {
    splitDouble(value);
    this.priorRiskLo = lowHalf();
    this.priorRiskHi = highHalf();
  }

  get dice(): ChildDice {
    return this;
  }

  get journey(): JourneyState {
    return this;
  }

  get context(): JourneyContext {
    return this;
  }
}

/**
 * A fresh record for a child first known today: the dice carry on from where `dice` stands, the
 * journey from `journey` (its leaf and every field of its context are copied). As with
 * createNewCaseRecord, draw from the record's `dice` from here on.
 */
export function createCaseRecord(
  slot: number, index: number, id: ChildId, dice: ChildDice, dob: SimDay, sex: Sex, ethnicity: Ethnicity, need: NeedCode, risk: number,
  journey: JourneyState,
): CaseRecord {
  const c = new OpenCase(slot, index, id, dice, dob, sex, ethnicity, need, risk, journey.leaf);
  copyContext(journey.context, c);
  return c;
}

/**
 * A fresh record for a child first known today whose journey has not started (the compiled journey's
 * initial leaf, the initial context), with dice carrying on from where `dice` stands. The dice are
 * copied: draw from the record's `dice` from here on, never from `dice` again.
 */
export function createNewCaseRecord(
  slot: number, index: number, id: ChildId, dice: ChildDice, dob: SimDay, sex: Sex, ethnicity: Ethnicity, need: NeedCode, risk: number,
  initialLeaf: number,
): CaseRecord {
  return new OpenCase(slot, index, id, dice, dob, sex, ethnicity, need, risk, initialLeaf);
}

/** Copies every field of a journey context (the keys of a fresh one) from `from` to `to`. */
function copyContext(from: JourneyContext, to: JourneyContext): void {
  if (from === to) return;
  const target = to as unknown as Record<string, unknown>;
  const source = from as unknown as Record<string, unknown>;
  for (const key of CONTEXT_KEYS) target[key] = source[key];
}

const CONTEXT_KEYS: readonly string[] = Object.keys(initialJourneyContext());
