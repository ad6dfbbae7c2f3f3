import { addYears } from '../calendar/index.ts';
import { simDayOf, type SimDay } from '../domain/index.ts';
import { compiledJourney } from '../journey/index.ts';
import { DayQueue, Simulation, type AheadEntries } from '../kernel/index.ts';
import { streamFor } from '../random/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Team } from '../workforce/index.ts';
import { allocateWaiting } from './allocation.ts';
import { createBookings, forgetBefore } from './bookings.ts';
import { cohortMix } from './cohort.ts';
import { onCaseTimer, stagesOfLeaves } from './dispatch.ts';
import { createCamhsList } from './flows/camhs.ts';
import { receiveArrivals, receiveReturning, screenContacts } from './flows/front-door.ts';
import { createPrivateFosteringIntake, receivePrivateFostering } from './flows/private-fostering.ts';
import { restructure, scheduleRestructure } from './restructure.ts';
import { ReturningChildren } from './returning-child.ts';
import type { EventSink, RunState } from './run-state.ts';
import { createTeams, onWorkforceEvent, staffTeams } from './staffing.ts';
import { PRIORITIES, Priority, TIMER_KINDS, type TimerKind } from './timers.ts';

/** What one replication produced, besides its events. */
export interface SimulationSummary {
  readonly startDay: SimDay;
  readonly endDay: SimDay;
  readonly reportStart: SimDay;
  readonly events: number;
  readonly children: number;
  /** Most cases open (or known and expected back) at once: memory follows this, not the horizon. */
  readonly peakCases: number;
  /** Of those, closed cases kept because the child is expected back. */
  readonly peakKnown: number;
}

/** The slots of the case timers being read ahead (simulate's warm handler); a chunk of the kernel's queue is fewer. */
const WARM_SLOTS = new Int32Array(64);

/** The simulated period of a scenario: warm-up, then the reported collection years. */
export function simulatedPeriod(scenario: Scenario): { startDay: SimDay; reportStart: SimDay; endDay: SimDay } {
  const startDay = simDayOf(scenario.calendar.start);
  return {
    startDay,
    reportStart: addYears(startDay, scenario.calendar.warmupYears),
    endDay: addYears(startDay, scenario.calendar.warmupYears + scenario.calendar.years),
  };
}

/**
 * Runs one replication of a scenario and sends every event, in order, to `sink`. The kernel
 * owns time; the journey machine checks every event; the workforce makes things late. `warmSink`,
 * when given, is told the handle of a case whose timer fires soon (some tens of events later), so that
 * the sink's consumer can read that child's state ahead (a projection's `warm`); it changes no event.
 * @example simulate(scenario, 42, (event) => store.append(event));
 */
export function simulate(scenario: Scenario, seed: number, sink: EventSink, warmSink?: (handle: number) => void): SimulationSummary {
  const { startDay, reportStart, endDay } = simulatedPeriod(scenario);
  const teams = createTeams(scenario);
  const teamOf = {
    assessment: teams[0] as Team, protection: teams[1] as Team, lookedAfter: teams[2] as Team, leavingCare: teams[3] as Team,
    adoption: teams[4] as Team,
  };
  const w = scenario.workforce;
  const compiled = compiledJourney();
  const state: RunState = {
    scenario, seed, kernel: new Simulation(startDay, 0, new DayQueue(PRIORITIES, startDay, 1 << 14)), compiled, stageOfLeaf: stagesOfLeaves(compiled.leafPaths), sink, warmSink, startDay, endDay,
    today: startDay, arrivals: streamFor(seed, 'arrivals'), workforceDice: streamFor(seed, 'workforce'),
    teams, teamOf, workers: [], cases: [], freeSlots: 0, slotCursor: 0, slotsWarmedTo: 0, known: new ReturningChildren(), nextChildIndex: 0,
    frontDoor: [], frontDoorHead: 0,
    chairs: createBookings(seed, 'chairs', w.chairs.count, w.chairs.conferencesPerWeek, w.chairs.absenceRate, scenario.mechanisms.conferenceCapacity),
    iros: createBookings(seed, 'iros', w.iros.count, w.iros.reviewsPerWeek, w.iros.absenceRate, scenario.mechanisms.conferenceCapacity),
    camhs: createCamhsList(seed), privateFostering: createPrivateFosteringIntake(seed),
    eventCount: 0,
  };
  const mix = cohortMix(scenario);
  staffTeams(state);
  scheduleRestructure(state);
  state.kernel.schedule(startDay, Priority.dayStart, 0);
  let peakCases = 0;
  let peakKnown = 0;
  const allocate = (team: Team): void => allocateWaiting(state, team);
  // A case timer's handler first reads the case's armed bits and work left, and the projection's row for
  // the child: read them ahead, for the next chunk of the day's timers at once, so the fetches overlap
  // (kernel WarmHandler); likewise a returning child's parked row. In short passes over the chunk: the
  // record's armed bits; then its later lines, found once the first is in: work left and risk (nearly
  // every handler draws a decision on the risk) and the journey context's counts and flags (the
  // machine reads them at every event; visits and allocated sit on its first and last lines); then the
  // projection's row.
  // The processor keeps going past a read that misses only so far, a few entries of a long loop body,
  // so reading entry by entry it had two or three fetches under way at a time; a pass's short body lets
  // it start most of the chunk's at once.
  let warmed = 0;
  const warm = (priority: number, ahead: AheadEntries): void => {
    const count = ahead.aheadCount;
    if (priority === Priority.recontact) {
      for (let i = 0; i < count; i++) warmed ^= state.known.warm(ahead.aheadPayloadAt(i));
      return;
    }
    if (priority !== Priority.caseTimer) return;
    const cases = state.cases;
    const n = Math.min(count, WARM_SLOTS.length);
    for (let i = 0; i < n; i++) {
      const slot = Math.floor(ahead.aheadPayloadAt(i) / TIMER_KINDS);
      WARM_SLOTS[i] = slot;
      const c = cases[slot];
      if (c !== undefined) warmed ^= c.armed;
    }
    for (let i = 0; i < n; i++) {
      const c = cases[WARM_SLOTS[i]!];
      if (c === undefined) continue;
      const context = c.journey.context;
      warmed ^= (c.workLeft + c.risk > 0 ? 1 : 0) ^ context.visits ^ (context.allocated ? 2 : 0);
    }
    if (warmSink !== undefined) for (let i = 0; i < n; i++) warmSink(WARM_SLOTS[i]!);
  };
  state.kernel.run(endDay, (time, priority, payload) => {
    // Days come off the kernel's Float64Array; `| 0` keeps them small integers (no boxed doubles downstream).
    state.today = (time | 0) as SimDay;
    switch (priority) {
      case Priority.workforce:
        onWorkforceEvent(state, payload, allocate);
        return;
      case Priority.dayStart: {
        receiveArrivals(state, mix);
        screenContacts(state);
        receivePrivateFostering(state, mix);
        forgetBefore(state.chairs, time);
        forgetBefore(state.iros, time);
        const open = state.cases.length - state.freeSlots + state.known.size;
        if (open > peakCases) {
          peakCases = open;
          peakKnown = state.known.size;
        }
        if (time + 1 < endDay) state.kernel.schedule(time + 1, Priority.dayStart, 0);
        return;
      }
      case Priority.recontact:
        receiveReturning(state, mix, payload);
        return;
      case Priority.caseTimer:
        onCaseTimer(state, Math.floor(payload / TIMER_KINDS), (payload % TIMER_KINDS) as TimerKind);
        return;
      case Priority.restructure:
        restructure(state);
        return;
      default:
        throw new Error(`unknown kernel priority ${priority}`);
    }
  }, warm);
  return { startDay, endDay, reportStart, events: state.eventCount, children: state.nextChildIndex, peakCases, peakKnown };
}
