/**
 * The report is a function of each child's own stream, not of how children's events interleave or
 * which id a closed journey's next episode carries (ARCHITECTURE.md D7, D9): shuffling events of
 * different children within a day, or splitting a child's stream at each closure into new children,
 * must give the same report byte for byte.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { simDayOf } from '../../../src/domain/index.ts';
import type { JourneyEvent, SimEvent } from '../../../src/domain/index.ts';
import { compiledJourney } from '../../../src/journey/index.ts';
import { KPIS, KPI_IDS, createKpiProjection } from '../../../src/store/projections/index.ts';
import type { KpiConfig, KpiReport } from '../../../src/store/projections/index.ts';
import { shortestPathPrefixes, walk } from '../../support/journey-walks.ts';
import { FC_SEED } from '../../support/seed.ts';
import { asChild, e, shiftDays, w } from './support.ts';

/** Walks start on 22 October 2013, so the warm-up holds some of every stream. */
const CONFIG: KpiConfig = { reportStart: simDayOf('2014-04-01'), reportYears: 3, population: (y) => 150_000 + 1_000 * y };

/** Staff for the workers the walks allocate (SW0–SW6 in team T1): each member of staff is one entity. */
const STAFF: readonly (readonly SimEvent[])[] = [
  [w('2013-10-01', 'team.established', { team: 'T1', kind: 'assessment', fte: 8 }, '')],
  ...Array.from({ length: 7 }, (_, i) => [
    w('2013-10-01', 'staff.joined', { team: 'T1', agency: i % 3 === 0, fte: i % 2 === 0 ? 1 : 0.6 }, `SW${i}`),
    ...(i % 2 === 1 ? [w(`201${5 + (i % 3)}-0${1 + i}-15`, 'staff.left', { team: 'T1' }, `SW${i}`)] : []),
  ]),
];

const compiled = compiledJourney();
/** Walks start from a shortest path to some state, so that deep stages (plans, care, leaving care) are reached. */
const PREFIXES = shortestPathPrefixes();

const childrenArb = fc.array(
  fc.record({ prefix: fc.nat(), choices: fc.array(fc.nat(), { minLength: 3, maxLength: 70 }), offset: fc.integer({ min: 0, max: 600 }) }),
  { minLength: 1, maxLength: 8 },
);

type ChildWalk = { readonly prefix: number; readonly choices: readonly number[]; readonly offset: number };

/** An adoption journey with proceedings and a missing episode: random walks rarely get this deep. */
const ADOPTION: readonly JourneyEvent[] = [
  e('2013-11-01', 'contact.received', { source: '1A' }), e('2013-11-01', 'screening.decided', { outcome: 'referral' }),
  e('2013-11-02', 'referral.accepted', { source: '1A', need: 'N1', outcome: 'assessment' }),
  e('2013-11-04', 'worker.allocated', { worker: 'SW1', team: 'T1' }), e('2013-11-04', 'assessment.started'),
  e('2013-12-20', 'assessment.completed', { outcome: 'care' }), e('2014-01-06', 'care.entered', { legalStatus: 'C2', need: 'N1' }),
  e('2014-01-06', 'placement.started', { place: 'U4', provider: 'PR1' }), e('2014-01-10', 'visit.made', { kind: 'statutory' }),
  e('2014-01-20', 'proceedings.issued'), e('2014-01-30', 'claReview.held'), e('2014-02-10', 'camhs.referred'),
  e('2014-03-01', 'missing.started', { kind: 'M' }), e('2014-03-02', 'missing.ended'), e('2014-03-04', 'returnInterview.held'), e('2014-04-20', 'claReview.held'),
  e('2014-05-01', 'permanence.planned', { plan: 'adoption' }), e('2014-06-10', 'camhs.treatmentStarted'),
  e('2014-07-25', 'proceedings.concluded', { order: 'placement' }), e('2014-07-25', 'placementOrder.made'),
  e('2014-10-01', 'adoption.matched'), e('2014-10-20', 'camhs.closed', { outcome: 'discharged' }), e('2014-11-01', 'adoption.placed'),
  e('2015-04-01', 'adoption.ordered'), e('2015-04-01', 'care.left', { reason: 'E11' }), e('2015-04-02', 'case.closed', { reason: 'RC1' }),
];

/** A fostered young person who stays put at 18 and is a care leaver at 19 (SSDA903 E17, OC3). */
const CARE_LEAVER: readonly JourneyEvent[] = [
  e('2013-11-01', 'contact.received', { source: '2A' }), e('2013-11-01', 'screening.decided', { outcome: 'referral' }),
  e('2013-11-02', 'referral.accepted', { source: '2A', need: 'N1', outcome: 'assessment' }),
  e('2013-11-04', 'worker.allocated', { worker: 'SW2', team: 'T1' }), e('2013-11-04', 'assessment.started'),
  e('2013-12-02', 'assessment.completed', { outcome: 'care' }), e('2013-12-03', 'care.entered', { legalStatus: 'V2', need: 'N1' }),
  e('2013-12-03', 'placement.started', { place: 'U4', provider: 'PR1' }), e('2014-02-01', 'pathwayPlan.made'),
  e('2014-06-10', 'birthday.18'), e('2014-06-10', 'care.left', { reason: 'E17' }),
  e('2015-05-01', 'careLeaver.contacted', { age: 19, inTouch: 'YES', activity: 'G5', accommodation: 'R1' }),
  e('2016-06-20', 'careLeaver.contacted', { age: 20, inTouch: 'YES', activity: 'F4', accommodation: 'D2' }),
  e('2016-09-01', 'careLeaver.closed'),
];

/** A private fostering arrangement: visited in time, then a visit late, then the end (PFR2005). */
const PRIVATE_FOSTERING: readonly JourneyEvent[] = [
  e('2014-05-01', 'privateFostering.notified', {}), e('2014-05-02', 'worker.allocated', { worker: 'SW3', team: 'T1' }),
  e('2014-05-09', 'privateFostering.visited'), e('2014-06-18', 'privateFostering.visited'), e('2014-08-01', 'privateFostering.visited'),
  e('2014-09-01', 'privateFostering.ended'),
];

const FIXED = [ADOPTION, CARE_LEAVER, PRIVATE_FOSTERING];

function journeys(children: readonly ChildWalk[]): JourneyEvent[][] {
  return children.map(({ prefix, choices, offset }, i) => asChild(
    shiftDays(FIXED[i] ?? walk(compiled, choices, 'legal', PREFIXES[prefix % PREFIXES.length]), offset), `K${i}`,
  ));
}

/**
 * Merges entity streams in day order, keeping each entity's order; among entities whose next event is
 * on the earliest day, `picks` chooses which goes next (no picks: the first).
 */
function merge(entities: readonly (readonly SimEvent[])[], picks: readonly number[] = []): SimEvent[] {
  const next = entities.map(() => 0);
  const out: SimEvent[] = [];
  for (let step = 0; ; step++) {
    let earliest = Number.POSITIVE_INFINITY;
    for (const [k, events] of entities.entries()) earliest = Math.min(earliest, events[next[k] ?? 0]?.day ?? Number.POSITIVE_INFINITY);
    if (earliest === Number.POSITIVE_INFINITY) return out;
    const ready = entities.flatMap((events, k) => (events[next[k] ?? 0]?.day === earliest ? [k] : []));
    const k = ready[(picks[step % Math.max(1, picks.length)] ?? 0) % ready.length] as number;
    out.push(entities[k]?.[next[k] ?? 0] as SimEvent);
    next[k] = (next[k] ?? 0) + 1;
  }
}

/**
 * For each event of a child's stream, whether it releases the child's state: case.closed,
 * careLeaver.closed, privateFostering.ended, or a front-door decision other than referral while no
 * case is open.
 */
function closings(events: readonly JourneyEvent[]): boolean[] {
  let caseOpen = false;
  return events.map((event) => {
    if (event.type === 'referral.accepted') caseOpen = true;
    const closes = event.type === 'case.closed' || event.type === 'careLeaver.closed' || event.type === 'privateFostering.ended'
      || (event.type === 'screening.decided' && event.data.outcome !== 'referral' && !caseOpen);
    if (closes) caseOpen = false;
    return closes;
  });
}

/** Splits a child's stream after every closure, giving each episode a new id. */
function splitAtClosures(events: readonly JourneyEvent[]): JourneyEvent[][] {
  const closes = closings(events);
  const episodes: JourneyEvent[][] = [[]];
  events.forEach((event, i) => {
    (episodes[episodes.length - 1] as JourneyEvent[]).push(event);
    if (closes[i] === true) episodes.push([]);
  });
  return episodes.filter((episode) => episode.length > 0).map((episode, i) => asChild(episode, `${episode[0]?.child ?? 'X'}e${i}`));
}

function report(events: readonly SimEvent[]): KpiReport {
  const kpis = createKpiProjection(CONFIG);
  for (const event of events) kpis.apply(event);
  return kpis.finish();
}

/**
 * The report of a stream whose child events carry a handle, as the simulator's do: a child takes the
 * most recently freed handle (or a new one) at its first event and frees it at the event that closes
 * its case, so handles pass from child to child as often as they can.
 */
function handledReport(events: readonly SimEvent[], warm = false): KpiReport {
  const kpis = createKpiProjection(CONFIG);
  const handles = new Map<string, number>();
  const open = new Set<string>();
  const free: number[] = [];
  let next = 0;
  for (const event of events) {
    if (!('child' in event)) {
      kpis.apply(event);
      continue;
    }
    let h = handles.get(event.child);
    if (h === undefined) handles.set(event.child, h = free.pop() ?? next++);
    // The simulator's hint that a handle's events come soon: held, freed or never given, it changes nothing.
    if (warm) for (const ahead of [h, free.at(-1) ?? h, next, next + 100]) kpis.warm(ahead);
    kpis.apply(event, h);
    if (event.type === 'referral.accepted') open.add(event.child);
    const closes = event.type === 'case.closed' || event.type === 'careLeaver.closed' || event.type === 'privateFostering.ended'
      || (event.type === 'screening.decided' && event.data.outcome !== 'referral' && !open.has(event.child));
    if (closes) {
      open.delete(event.child);
      handles.delete(event.child);
      free.push(h);
    }
  }
  return kpis.finish();
}

describe(`KPI report invariance (seed: ${FC_SEED})`, () => {
  test.prop([childrenArb, fc.array(fc.nat(), { minLength: 1, maxLength: 50 })], { numRuns: 150 })(
    'does not depend on how different children\'s events interleave within a day',
    (children, picks) => {
      const entities = [...STAFF, ...journeys(children)];
      const expected = report(merge(entities));
      const shuffled = report(merge([...entities].reverse(), picks));
      expect(JSON.stringify(shuffled)).toBe(JSON.stringify(expected));
    },
  );

  test.prop([childrenArb], { numRuns: 150 })('does not change when each closed episode is given to a new child', (children) => {
    const whole = journeys(children);
    const split = whole.flatMap(splitAtClosures);
    expect(JSON.stringify(report(merge([...STAFF, ...split])))).toBe(JSON.stringify(report(merge([...STAFF, ...whole]))));
  });

  test.prop([childrenArb], { numRuns: 100 })('is the same whether children are found by handle or by id (online and replay), warmed ahead or not', (children) => {
    const whole = journeys(children);
    // Split at closures too, so that closed children's handles pass to later children.
    for (const stream of [merge([...STAFF, ...whole]), merge([...STAFF, ...whole.flatMap(splitAtClosures)])]) {
      expect(JSON.stringify(handledReport(stream))).toBe(JSON.stringify(report(stream)));
      expect(JSON.stringify(handledReport(stream, true))).toBe(JSON.stringify(report(stream)));
    }
  });

  test('refuses a stream that gives a handle with some child events and not others', () => {
    const kpis = createKpiProjection(CONFIG);
    kpis.apply(e('2014-05-01', 'contact.received', { source: '1A' }, 'A'), 4);
    expect(() => kpis.apply(e('2014-05-01', 'contact.received', { source: '1A' }, 'B'))).toThrow(/with every child event of a stream or with none/);
  });

  test('refuses a handle passed on before its holder was released', () => {
    const kpis = createKpiProjection(CONFIG);
    kpis.apply(e('2014-05-01', 'contact.received', { source: '1A' }, 'A'), 0);
    kpis.apply(e('2014-05-01', 'screening.decided', { outcome: 'referral' }, 'A'), 0);
    expect(() => kpis.apply(e('2014-05-02', 'contact.received', { source: '1A' }, 'B'), 0)).toThrow(/handle 0 came with child B .* while child A holds it/);
  });

  test.prop([childrenArb], { numRuns: 50 })('holds state only for children whose last event did not close their case', (children) => {
    const whole = journeys(children);
    const kpis = createKpiProjection(CONFIG);
    for (const event of merge(whole)) kpis.apply(event);
    expect(kpis.liveChildren).toBe(whole.filter((events) => events.length > 0 && closings(events).at(-1) !== true).length);
  });
});

describe(`the invariance streams are not vacuous (seed: ${FC_SEED})`, () => {
  test('give every KPI a value somewhere in 40 samples (a count other than 0, a rate other than null)', () => {
    const seen = new Set<string>();
    for (const children of fc.sample(childrenArb, { numRuns: 40, seed: FC_SEED })) {
      for (const year of report(merge([...STAFF, ...journeys(children)])).years) {
        for (const k of KPIS) {
          const value = year.values[k.id];
          if (value !== null && (k.unit !== 'count' || value !== 0)) seen.add(k.id);
        }
      }
    }
    expect(KPI_IDS.filter((id) => !seen.has(id))).toStrictEqual([]);
  });
});
