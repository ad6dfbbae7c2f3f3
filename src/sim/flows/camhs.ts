import { streamFor, type RandomStream } from '../../random/index.ts';
import type { CaseRecord } from '../case-record.ts';
import { spreadValue } from '../draws.ts';
import { emit, type RunState } from '../run-state.ts';
import { clearTimer, setTimer } from '../schedule.ts';
import { Timer } from '../timers.ts';

/** Where a child's CAMHS referral stands, in `CaseRecord.camhsPhase`. */
export const Camhs = { none: 0, referralDue: 1, waiting: 2, inTreatment: 3 } as const;

/**
 * The looked-after children's CAMHS list: referrals wait, first come first served, for one of the
 * service's treatment places (scenario `camhs.treatmentPlaces`). Its draws come from a stream of its
 * own, so the children's own dice, and so the rest of their journeys, are the same with or without it.
 */
export interface CamhsList {
  readonly dice: RandomStream;
  /** (slot, ticket) pairs; an entry is stale when the case in the slot no longer waits on that ticket. */
  readonly queue: number[];
  head: number;
  inTreatment: number;
  tickets: number;
}

/** An empty list with its own stream. */
export function createCamhsList(seed: number): CamhsList {
  return { dice: streamFor(seed, 'camhs'), queue: [], head: 0, inTreatment: 0, tickets: 0 };
}

/** On entering care: whether, and after how long, the child will be referred to CAMHS. */
export function planCamhsReferral(state: RunState, c: CaseRecord): void {
  const p = state.scenario.camhs;
  const dice = state.camhs.dice;
  if (p.referralShare <= 0 || dice.next() >= p.referralShare) return;
  c.camhsPhase = Camhs.referralDue;
  setTimer(state, c, Timer.camhs, state.today + Math.max(1, Math.round(spreadValue(dice, p.referralMonths) * 30.44)));
}

/** The CAMHS timer of a looked-after child: the referral is made, or a course of treatment ends. */
export function onCamhsTimer(state: RunState, c: CaseRecord): void {
  const list = state.camhs;
  if (c.camhsPhase === Camhs.referralDue) {
    emit(state, c, 'camhs.referred', {});
    c.camhsPhase = Camhs.waiting;
    list.tickets += 1;
    c.camhsTicket = list.tickets;
    list.queue.push(c.slot, c.camhsTicket);
  } else if (c.camhsPhase === Camhs.inTreatment) {
    emit(state, c, 'camhs.closed', { outcome: 'discharged' });
    c.camhsPhase = Camhs.none;
    list.inTreatment -= 1;
  }
  startTreatments(state);
}

/**
 * The child stops being looked after: a referral not yet made lapses; a wait or a treatment ends
 * with the period of care (the looked-after children's service hands over), freeing its place.
 */
export function endCamhs(state: RunState, c: CaseRecord): void {
  clearTimer(state, c, Timer.camhs);
  const phase = c.camhsPhase;
  c.camhsPhase = Camhs.none;
  if (phase === Camhs.waiting || phase === Camhs.inTreatment) emit(state, c, 'camhs.closed', { outcome: 'leftCare' });
  if (phase === Camhs.inTreatment) {
    state.camhs.inTreatment -= 1;
    startTreatments(state);
  }
}

/** Starts treatment for whoever is first on the list while places are free (0 places: no limit). */
function startTreatments(state: RunState): void {
  const list = state.camhs;
  const p = state.scenario.camhs;
  while (list.head < list.queue.length && (p.treatmentPlaces === 0 || list.inTreatment < p.treatmentPlaces)) {
    const slot = list.queue[list.head] as number;
    const ticket = list.queue[list.head + 1] as number;
    list.head += 2;
    const c = state.cases[slot];
    if (c === undefined || c.camhsPhase !== Camhs.waiting || c.camhsTicket !== ticket) continue;
    emit(state, c, 'camhs.treatmentStarted', {});
    c.camhsPhase = Camhs.inTreatment;
    list.inTreatment += 1;
    setTimer(state, c, Timer.camhs, state.today + Math.max(7, Math.round(spreadValue(list.dice, p.treatmentWeeks) * 7)));
  }
  if (list.head > 4096 && list.head * 2 > list.queue.length) {
    list.queue.splice(0, list.head);
    list.head = 0;
  }
}
