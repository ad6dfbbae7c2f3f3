import { addWorkingDays, isWorkingDay } from '../../calendar/index.ts';
import type { CaseRecord } from '../case-record.ts';
import { arrivalsToday, drawSource, newChild, type CohortMix } from '../cohort.ts';
import { decide } from '../draws.ts';
import { emit, type RunState } from '../run-state.ts';
import { setTimer } from '../schedule.ts';
import { Step } from '../steps.ts';
import { Timer } from '../timers.ts';
import { leave } from '../closure.ts';

/**
 * A free case slot: the next free one after the last slot taken, going round to the start once half
 * the slots are free, else a new one at the end. Why in turn rather than the last one freed: the slot
 * is the case's handle, and the KPI projection keeps each case's state in the row of that number
 * (child-rows.ts); children who come to the front door on the same days then have rows side by side,
 * as objects allocated one after another are, where reusing freed slots scattered them.
 */
export function takeSlot(state: RunState): number {
  const cases = state.cases;
  if (state.slotCursor >= cases.length && state.freeSlots * 2 >= cases.length) state.slotCursor = 0;
  if (state.warmSink !== undefined && (state.slotCursor >= state.slotsWarmedTo || state.slotCursor + 2 * SLOTS_AHEAD < state.slotsWarmedTo)) {
    warmSlots(state);
  }
  while (state.slotCursor < cases.length) {
    const slot = state.slotCursor++;
    if (cases[slot] === undefined) {
      state.freeSlots--;
      return slot;
    }
  }
  state.slotCursor = cases.length + 1;
  return cases.length;
}

/** Slots after the cursor read ahead at a time (warmSlots); read again once the cursor is halfway through them. */
const SLOTS_AHEAD = 16;

/**
 * A case's first event in a new slot (a new contact, a child back at the front door, a private
 * fostering notice) claims the projection's row for the slot, a row last used by a child whose case
 * closed long before, so its first reads miss the caches one after another. The next slots takeSlot
 * will give are the free ones after its cursor (about half of those there): reading the rows of the
 * next few together lets those fetches overlap, and they arrive before the slots are taken. Changes
 * no event.
 */
function warmSlots(state: RunState): void {
  const warmSink = state.warmSink as (handle: number) => void;
  const from = state.slotCursor;
  const to = Math.min(state.cases.length, from + 2 * SLOTS_AHEAD);
  for (let slot = from; slot < to; slot += 1) if (state.cases[slot] === undefined) warmSink(slot);
  state.slotsWarmedTo = from + SLOTS_AHEAD;
}

function place(state: RunState, c: CaseRecord, slot: number): void {
  c.slot = slot;
  state.cases[slot] = c;
}

/**
 * A contact about a child reaches the front door and joins the screening queue. Every contact says
 * who the child is, not only the first: projections forget a child whose case has closed (memory
 * follows open cases), and a child who comes back still needs a date of birth for the clocks that
 * depend on age (the under-5 health review, CPPCR2010 reg 7 and Sch 1; an eligible child's needs
 * assessment, CPPCR2010 reg 40 and 42).
 */
function receive(state: RunState, c: CaseRecord, police: boolean, mix: CohortMix): void {
  const dice = c.dice;
  c.source = police ? '6' : drawSource(dice, mix);
  emit(state, c, 'contact.received', { source: c.source, dob: c.dob, sex: c.sex, ethnicity: c.ethnicity });
  state.frontDoor.push(c.slot);
}

/** Today's contacts about children new to the authority. */
export function receiveArrivals(state: RunState, mix: CohortMix): void {
  const { children, police } = arrivalsToday(state);
  for (let i = 0; i < children + police; i += 1) {
    const slot = takeSlot(state);
    const c = newChild(state, mix, i >= children, slot);
    place(state, c, slot);
    receive(state, c, i >= children, mix);
  }
}

/** A known child comes back to the front door (re-contact drawn at their last closure); `place` is where they were parked. */
export function receiveReturning(state: RunState, mix: CohortMix, place: number): void {
  if (!state.known.has(place)) return;
  const c = state.known.take(place, takeSlot(state)) as CaseRecord;
  state.cases[c.slot] = c;
  // Risk that plans removed can come back once support ends (relapse), more so after a plan was
  // ended before the work was done (mechanism 8).
  if (c.priorRisk > c.risk) c.risk += state.scenario.riskDynamics.relapseShare * (c.priorRisk - c.risk);
  receive(state, c, false, mix);
}

/**
 * Mechanism 7: on each working day the screeners clear what their hours allow, first come first
 * served; each hand-off between screening and the social care decision waits for the next working
 * day unless picked up the same day. Switched off, the queue clears daily with no hand-off delay.
 */
export function screenContacts(state: RunState): void {
  if (!isWorkingDay(state.today)) return;
  const fd = state.scenario.workforce.frontDoor;
  const enabled = state.scenario.mechanisms.frontDoor;
  const capacity = enabled
    ? Math.floor((fd.screeners * fd.screeningHoursPerDay * 60) / Math.max(1, state.scenario.work.screeningMinutes))
    : Number.POSITIVE_INFINITY;
  let done = 0;
  let warmedTo = state.frontDoorHead;
  while (state.frontDoorHead < state.frontDoor.length && done < capacity) {
    if (state.frontDoorHead >= warmedTo) warmedTo = warmContacts(state, state.frontDoorHead);
    const slot = state.frontDoor[state.frontDoorHead] as number;
    state.frontDoorHead += 1;
    const c = state.cases[slot];
    if (c === undefined) continue;
    done += 1;
    screen(state, c, enabled);
  }
  if (state.frontDoorHead > 4096 && state.frontDoorHead * 2 > state.frontDoor.length) {
    state.frontDoor.splice(0, state.frontDoorHead);
    state.frontDoorHead = 0;
  }
}

/** Contacts read ahead at a time: enough to overlap their fetches, few enough to stay in cache until screened. */
const SCREEN_AHEAD = 16;
/** What warmContacts reads ends here, so the reads are kept; the value means nothing. */
let warmed = 0;

/**
 * A contact waits days at the front door, so by its screening its record and the projection's state
 * for it have left the caches, and the decision's first reads miss one after another. Reading the
 * next few contacts' records together lets the fetches overlap (as the kernel's warm-ahead does for
 * case timers). Changes no event. Returns where the reads ended.
 */
function warmContacts(state: RunState, from: number): number {
  const queue = state.frontDoor;
  const to = Math.min(queue.length, from + SCREEN_AHEAD);
  for (let i = from; i < to; i += 1) {
    const c = state.cases[queue[i] as number];
    if (c !== undefined) warmed ^= c.dice.c ^ c.journey.leaf;
  }
  // Then the lines found once the first is in: the risk the decision is drawn on, and the journey
  // context the machine reads and writes (case-record.ts, OpenCase).
  for (let i = from; i < to; i += 1) {
    const c = state.cases[queue[i] as number];
    if (c !== undefined) warmed ^= (c.risk > 0.5 ? 1 : 0) ^ c.journey.context.contacts ^ (c.journey.context.allocated ? 2 : 0);
  }
  const warmSink = state.warmSink;
  if (warmSink !== undefined) for (let i = from; i < to; i += 1) warmSink(queue[i] as number);
  return to;
}

function screen(state: RunState, c: CaseRecord, enabled: boolean): void {
  const d = state.scenario.decisions;
  const dice = c.dice;
  if (decide(dice, d.screenReferral, c.risk)) {
    emit(state, c, 'screening.decided', { outcome: 'referral' });
    const fd = state.scenario.workforce.frontDoor;
    let delay = 0;
    if (enabled) {
      for (let h = 0; h < fd.handoffs; h += 1) {
        while (dice.next() >= fd.handoffSameDayChance) delay += 1;
      }
    }
    c.step = Step.referralDecision;
    setTimer(state, c, Timer.main, addWorkingDays(state.today, delay));
    return;
  }
  const outcome = decide(dice, d.screenEarlyHelp, c.risk) ? 'earlyHelp' : dice.next() < 0.5 ? 'advice' : 'nfa';
  emit(state, c, 'screening.decided', { outcome });
  leave(state, c, true);
}
