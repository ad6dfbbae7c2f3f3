import { isCareLeaverExit, isFinalClosure, type JourneyEvent, type PermanencePlan } from '../domain/index.ts';
import type { JourneyContext, JourneyFlag } from './context.ts';

/**
 * The journey machine's guards as pure predicates `(context, event, params) => boolean`. XState's
 * `setup({ guards })` and the compiled table both call these very functions (ARCHITECTURE D2), so
 * the rulebook has one source of truth. `readsEvent` tells `legalEvents` which guards depend on the
 * event's data (those cannot be judged before the event exists).
 */
export interface GuardDefinition<P> {
  readonly readsEvent: boolean;
  readonly test: (context: Readonly<JourneyContext>, event: JourneyEvent, params: P) => boolean;
}

/** The outcome field of a decision event, or undefined for events that carry none. */
function outcomeOf(event: JourneyEvent): string | undefined {
  const data = event.data as { readonly outcome?: string };
  return data.outcome;
}

export const GUARDS = {
  /** The decision event's `data.outcome` is `params.outcome`. */
  outcomeIs: {
    readsEvent: true,
    test: (_context, event, params) => outcomeOf(event) === params.outcome,
  } satisfies GuardDefinition<{ readonly outcome: string }>,
  /** A boolean context flag has the given value. */
  flagIs: {
    readsEvent: false,
    test: (context, _event, params) => context[params.flag] === params.value,
  } satisfies GuardDefinition<{ readonly flag: JourneyFlag; readonly value: boolean }>,
  /** The closure ends the journey for good (died, or moved to adult services): CIN RC2, RC6. */
  isFinalClosure: {
    readsEvent: true,
    test: (_context, event) => event.type === 'case.closed' && isFinalClosure(event.data.reason),
  } satisfies GuardDefinition<undefined>,
  /**
   * Leaving care makes the young person a care leaver (REC E5, E6, E17), and they are (or are not)
   * already 18: former relevant vs relevant child (CA1989 s23A, Sch 2 para 19B).
   */
  isCareLeaverExit: {
    readsEvent: true,
    test: (context, event, params) =>
      event.type === 'care.left' && isCareLeaverExit(event.data.reason) && context.adult === params.adult,
  } satisfies GuardDefinition<{ readonly adult: boolean }>,
  /** The permanence plan is `params.plan`. */
  permanenceIs: {
    readsEvent: false,
    test: (context, _event, params) => context.permanence === params.plan,
  } satisfies GuardDefinition<{ readonly plan: PermanencePlan }>,
  /** The plan is adoption and exactly `params.stage` adoption steps have been taken, so the next may follow. */
  adoptionStageIs: {
    readsEvent: false,
    test: (context, _event, params) => context.permanence === 'adoption' && context.adoptionStage === params.stage,
  } satisfies GuardDefinition<{ readonly stage: number }>,
  /** The child's CAMHS referral is at `params.stage` (0 none, 1 waiting, 2 in treatment). */
  camhsIs: {
    readsEvent: false,
    test: (context, _event, params) => context.camhs === params.stage,
  } satisfies GuardDefinition<{ readonly stage: number }>,
} as const;

export type GuardName = keyof typeof GUARDS;
