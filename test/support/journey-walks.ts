/**
 * Generators of journey event sequences for property tests: legal walks, walks with illegal events
 * mixed in, and walks that carry on after the journey ended. A walk is driven by a list of integers
 * (fast-check shrinks those), each choosing the next event and its data.
 */
import { getShortestPaths } from 'xstate/graph';
import {
  EVENT_FIELDS, EVENT_TYPES, asSimDay, isEventType, childId, teamId, workerId, type EventType, type JourneyEvent, type SimDay,
} from '../../src/domain/index.ts';
import {
  createJourneyState, journeyMachine, selectTransition, stepJourney, type CompiledJourney,
} from '../../src/journey/index.ts';

const CHILD = childId('C1');

/** A small integer hash, so that one choice number gives varied but reproducible field values. */
function mix(r: number, salt: number): number {
  let h = Math.imul(r ^ (salt * 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Builds an event of `type` whose data fields are chosen by `r` from the code lists. */
export function eventFromChoice(type: EventType, r: number, day: SimDay): JourneyEvent {
  const data: Record<string, unknown> = {};
  Object.entries(EVENT_FIELDS[type]).forEach(([field, spec], i) => {
    const h = mix(r, i + 1);
    switch (spec.kind) {
      case 'code':
        if (spec.optional === true && h % 3 === 0) return;
        data[field] = spec.codes[h % spec.codes.length];
        return;
      case 'date':
        if (h % 2 === 0) data[field] = asSimDay(day - 365 * (1 + (h % 17)));
        return;
      case 'boolean':
        if (h % 3 !== 0) data[field] = h % 2 === 0;
        return;
      case 'count':
        if (h % 2 === 0) data[field] = h % 4;
        return;
      case 'worker':
        data[field] = workerId(`SW${h % 7}`);
        return;
      case 'team':
        data[field] = teamId('T1');
        return;
      default: {
        const unknownKind: never = spec;
        throw new Error(`unknown field kind ${JSON.stringify(unknownKind)}`);
      }
    }
  });
  return { type, day, child: CHILD, data } as JourneyEvent;
}

export type WalkMode = 'legal' | 'mixed';

/**
 * Walks the machine from `prefix`'s end state: in 'legal' mode each choice picks among the events
 * legal now (or any event when none is, e.g. after the end); in 'mixed' mode every fifth choice
 * picks any event type at all, legal or not.
 */
export function walk(compiled: CompiledJourney, choices: readonly number[], mode: WalkMode, prefix: readonly JourneyEvent[] = []): JourneyEvent[] {
  const state = createJourneyState(compiled);
  const events: JourneyEvent[] = [];
  let day = asSimDay(16_000);
  for (const event of prefix) {
    stepJourney(compiled, state, event);
    events.push(event);
    day = event.day;
  }
  for (const [step, choice] of choices.entries()) {
    // fast-check favours small and repeated integers; mixing in the step keeps walks varied.
    const r = mix(choice, step + 1000) & 0x7fffffff;
    day = asSimDay(day + (mix(r, 99) % 40));
    const candidates = EVENT_TYPES.map((type) => eventFromChoice(type, r, day)).filter(
      (event) => selectTransition(compiled, state, event) !== null,
    );
    // Two times in three, prefer an event that moves to another state, so walks reach deep stages
    // rather than circling on always-legal events such as worker changes.
    const moving = candidates.filter((event) => {
      const target = selectTransition(compiled, state, event)?.target ?? -1;
      return target >= 0 && target !== state.leaf;
    });
    const pool = moving.length > 0 && mix(r, 11) % 3 !== 0 ? moving : candidates;
    const anyType = mode === 'mixed' && r % 5 === 0;
    const event = pool.length === 0 || anyType
      ? eventFromChoice(EVENT_TYPES[mix(r, 7) % EVENT_TYPES.length] as EventType, r, day)
      : (pool[mix(r, 5) % pool.length] as JourneyEvent);
    stepJourney(compiled, state, event);
    events.push(event);
  }
  return events;
}

const at = (n: number): SimDay => asSimDay(16_000 + n);
const ev = (type: EventType, n: number, data: Record<string, unknown> = {}): JourneyEvent =>
  ({ type, day: at(n), child: CHILD, data }) as JourneyEvent;

/** Prefixes that end the journey, for "events after the journey is done". */
export const ENDING_PREFIXES: readonly (readonly JourneyEvent[])[] = [
  [
    ev('contact.received', 0, { source: '6' }), ev('screening.decided', 1, { outcome: 'referral' }),
    ev('referral.accepted', 1, { source: '6', need: 'N1', outcome: 'nfa' }), ev('case.closed', 2, { reason: 'RC2' }),
  ],
  [
    ev('contact.received', 0, { source: '2A' }), ev('screening.decided', 1, { outcome: 'referral' }),
    ev('referral.accepted', 1, { source: '2A', need: 'N1', outcome: 'assessment' }), ev('assessment.started', 2),
    ev('assessment.completed', 30, { outcome: 'care' }), ev('care.entered', 31, { legalStatus: 'V2', need: 'N1' }),
    ev('placement.started', 31, { place: 'U4', provider: 'PR1' }), ev('birthday.18', 400),
    ev('care.left', 400, { reason: 'E17' }), ev('pathwayPlan.made', 401), ev('careLeaver.closed', 900),
  ],
];

/**
 * Every event type in every variant its code fields allow (one field varied at a time), for
 * exploring the machine with `xstate/graph`.
 */
export function eventVariants(day: SimDay): JourneyEvent[] {
  const variants: JourneyEvent[] = [];
  for (const type of EVENT_TYPES) {
    const base = eventFromChoice(type, 0, day).data as Record<string, unknown>;
    const first: Record<string, unknown> = {};
    for (const [field, spec] of Object.entries(EVENT_FIELDS[type])) {
      if (spec.kind === 'code') first[field] = spec.codes[0];
      else if (base[field] !== undefined) first[field] = base[field];
    }
    variants.push({ type, day, child: CHILD, data: first } as JourneyEvent);
    for (const [field, spec] of Object.entries(EVENT_FIELDS[type])) {
      if (spec.kind !== 'code') continue;
      for (const value of spec.codes.slice(1)) {
        variants.push({ type, day, child: CHILD, data: { ...first, [field]: value } } as JourneyEvent);
      }
    }
  }
  return variants;
}

/**
 * One shortest path (from `xstate/graph`) to every state of the machine, as event lists: the legal
 * walks start from these so that every stage is exercised, not just the shallow ones
 * (tech-notes §1.8). States are told apart by value only; replaying the events gives the true
 * context (the graph's own step snapshots may not, tech-notes §1.8 pitfall).
 */
export function shortestPathPrefixes(): JourneyEvent[][] {
  const variants = eventVariants(asSimDay(16_000));
  const paths = getShortestPaths(journeyMachine, {
    events: variants,
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });
  return paths.map((path) => path.steps.map((step) => step.event).filter((event): event is JourneyEvent => isEventType(event.type)));
}
