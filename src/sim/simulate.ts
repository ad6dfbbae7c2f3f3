import { addYears } from '../calendar/index.ts';
import { simDayOf, type SimDay } from '../domain/index.ts';
import { compiledJourney } from '../journey/index.ts';
import { DayQueue, Simulation } from '../kernel/index.ts';
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
    teams, teamOf, workers: [], cases: [], freeSlots: 0, slotCursor: 0, known: new ReturningChildren(), nextChildIndex: 0,
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
  // A case timer's handler first reads the case's armed bits and work left (a boxed number): read them
  // ahead, for the next chunk of the day's timers at once, so the fetches overlap (kernel WarmHandler);
  // likewise a returning child's parked row.
  let warmed = 0;
  const warm = (priority: number, payload: number): void => {
    if (priority === Priority.recontact) warmed ^= state.known.warm(payload);
    if (priority !== Priority.caseTimer) return;
    const slot = Math.floor(payload / TIMER_KINDS);
    const c = state.cases[slot];
    if (c !== undefined) warmed ^= c.workLeft > 0 ? c.armed : 0;
    if (warmSink !== undefined) warmSink(slot);
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
