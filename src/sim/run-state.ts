import {
  JourneyError, legalEvents, stepJourney, type CompiledJourney,
} from '../journey/index.ts';
import type {
  EventDataMap, EventType, JourneyEvent, SimDay, TeamKind, WorkforceEvent,
} from '../domain/index.ts';
import type { Simulation } from '../kernel/index.ts';
import type { RandomStream } from '../random/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Team, Worker } from '../workforce/index.ts';
import type { CaseRecord } from './case-record.ts';
import type { ReturningChildren } from './returning-child.ts';
import type { Bookings } from './bookings.ts';
import type { CamhsList } from './flows/camhs.ts';
import type { PrivateFosteringIntake } from './flows/private-fostering.ts';

/**
 * Where every event of a run goes: the store, which feeds projections and sinks. `handle` is the
 * child's case slot, or −1 for a workforce event: a small number no other open case holds, freed only
 * by the event that closes the case (screening.decided other than referral, case.closed,
 * careLeaver.closed, privateFostering.ended). With it a projection finds the child in an array
 * instead of a hash table keyed by the id, at national scale cache misses on every event.
 */
export type EventSink = (event: JourneyEvent | WorkforceEvent, handle: number) => void;

/** Everything one replication holds while it runs. Mutable by design: this is the hot path (D11). */
export interface RunState {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly kernel: Simulation;
  readonly compiled: CompiledJourney;
  readonly sink: EventSink;
  /** Told the handle of a case about to be worked on, so the sink's consumer can read it ahead (simulate's `warmSink`). */
  readonly warmSink: ((handle: number) => void) | undefined;
  readonly startDay: SimDay;
  /** First day after the simulated period. */
  readonly endDay: SimDay;
  today: SimDay;
  readonly arrivals: RandomStream;
  readonly workforceDice: RandomStream;
  readonly teams: readonly Team[];
  readonly teamOf: Readonly<Record<Exclude<TeamKind, 'frontDoor'>, Team>>;
  readonly workers: Worker[];
  readonly cases: (CaseRecord | undefined)[];
  /** Slots of `cases` that hold no case, and where the search for the next free one goes on from (front-door.ts takeSlot). */
  freeSlots: number;
  slotCursor: number;
  /** Where takeSlot next reads the coming slots' projection rows ahead (front-door.ts warmSlots). */
  slotsWarmedTo: number;
  /** Closed cases expected back at the front door (rows of typed columns), parked until their return. */
  readonly known: ReturningChildren;
  /** The stage of each journey leaf, so the dispatcher never compares state paths. */
  readonly stageOfLeaf: Uint8Array;
  nextChildIndex: number;
  /** Front-door queue of case slots, first come first served. */
  readonly frontDoor: number[];
  frontDoorHead: number;
  readonly chairs: Bookings;
  readonly iros: Bookings;
  readonly camhs: CamhsList;
  readonly privateFostering: PrivateFosteringIntake;
  eventCount: number;
}

/**
 * Emits one journey event for a case today: it must be legal in the child's journey machine, or
 * the run fails loudly with the JourneyError (an illegal event is a simulator bug, not data).
 */
export function emit<K extends EventType>(state: RunState, c: CaseRecord, type: K, data: EventDataMap[K]): void {
  const event = { type, day: state.today, child: c.id, data } as JourneyEvent;
  if (!stepJourney(state.compiled, c.journey, event)) {
    const here = state.compiled.leafPaths[c.journey.leaf] ?? '?';
    throw new JourneyError(c.id, c.journey.context.contacts, undefined, state.today, type, here,
      legalEvents(state.compiled, c.journey), 'was generated but is not legal (simulator bug)');
  }
  state.eventCount += 1;
  state.sink(event, c.slot);
}

/** Emits a workforce event today. */
export function emitWorkforce(state: RunState, event: WorkforceEvent): void {
  state.eventCount += 1;
  state.sink(event, -1);
}

/** The state path of a case's journey, e.g. `open.care.placed`. */
export function pathOf(state: RunState, c: CaseRecord): string {
  return state.compiled.leafPaths[c.journey.leaf] ?? '?';
}
