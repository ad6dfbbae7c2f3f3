/**
 * CAMHS for looked-after children and private fostering: the wait for treatment is a queue behind a
 * fixed number of places (first come first served, never more in treatment than places), and
 * private fostering visits are casework of allocated workers whose stock and timeliness come from
 * the events.
 */
import { describe, expect, it } from 'vitest';
import { isWorkforceEvent, type JourneyEvent, type SimEvent } from '../../src/domain/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { runReplication } from '../../src/sim/run-replication.ts';
import { excludesZero, pairedDifference } from '../../src/sim/statistics.ts';
import { smallScenario } from '../support/small-scenario.ts';

const small = smallScenario(4, 2, 1);
const withPlaces = (places: number): Scenario => ({ ...small, camhs: { ...small.camhs, treatmentPlaces: places } });
const yearValues = (s: Scenario, seed: number, events?: SimEvent[]) =>
  runReplication(s, seed, 1, events === undefined ? undefined : (e) => events.push(e)).report.years[0]?.values as Record<string, number | null>;
const isJourney = (e: SimEvent): e is JourneyEvent => !isWorkforceEvent(e);

describe('CAMHS waiting list', () => {
  it('starts treatment in referral order and never treats more children at once than it has places', () => {
    const places = 3;
    const events: SimEvent[] = [];
    yearValues(withPlaces(places), 5, events);
    const ticket = new Map<string, number>();
    const started: number[] = [];
    let inTreatment = 0;
    let most = 0;
    const treated = new Set<string>();
    for (const e of events.filter(isJourney)) {
      if (e.type === 'camhs.referred') ticket.set(e.child, ticket.size);
      if (e.type === 'camhs.treatmentStarted') {
        started.push(ticket.get(e.child) ?? -1);
        treated.add(e.child);
        inTreatment += 1;
        most = Math.max(most, inTreatment);
      }
      if (e.type === 'camhs.closed' && treated.delete(e.child)) inTreatment -= 1;
    }
    expect(started.length).toBeGreaterThan(10);
    expect(started.every((t, i) => t >= 0 && (i === 0 || t > (started[i - 1] as number)))).toBe(true);
    expect(most).toBe(places);
  });

  it('has no wait when places are unlimited, and longer waits with fewer places (paired replications)', () => {
    expect(yearValues(withPlaces(0), 5)['camhsWaitLongestWeeks']).toBe(0);
    const seeds = [1, 2, 3, 4, 5, 6];
    const wait = (s: Scenario) => seeds.map((seed) => yearValues(s, seed)['camhsWaitMeanWeeks'] ?? null);
    const fewer = pairedDifference(wait(withPlaces(small.camhs.treatmentPlaces)), wait(withPlaces(small.camhs.treatmentPlaces - 2)));
    expect(excludesZero(fewer) && (fewer.mean ?? 0) > 0, JSON.stringify(fewer)).toBe(true);
  });
});

describe('private fostering', () => {
  const pf: Scenario = { ...small, privateFostering: { ...small.privateFostering, notificationsPerYear: 40 } };

  it('counts the children between notification and end, and visits only through an allocated worker', () => {
    const events: SimEvent[] = [];
    const values = yearValues(pf, 7, events);
    const journey = events.filter(isJourney);
    const open = new Set<string>();
    const allocated = new Set<string>();
    let visitsWithoutWorker = 0;
    for (const e of journey) {
      if (e.type === 'privateFostering.notified') open.add(e.child);
      if (e.type === 'privateFostering.ended') open.delete(e.child);
      if (e.type === 'worker.allocated' || e.type === 'worker.changed') allocated.add(e.child);
      if (e.type === 'worker.released' || e.type === 'privateFostering.ended') allocated.delete(e.child);
      if (e.type === 'privateFostering.visited' && !allocated.has(e.child)) visitsWithoutWorker += 1;
    }
    expect(journey.some((e) => e.type === 'privateFostering.visited')).toBe(true);
    expect(visitsWithoutWorker).toBe(0);
    expect(values['privateFosteringNotifications']).toBeGreaterThan(20);
    // The run ends after the last event of 31 March: what is still open then is the year-end stock.
    expect(values['privatelyFosteredAt31March']).toBe(open.size);
    expect(open.size).toBeGreaterThan(5);
  });

  it('visits later when missed visits wait for supervision (mechanism 5 on against off, paired replications)', () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const onTime = (s: Scenario) => seeds.map((seed) => yearValues(s, seed)['privateFosteringVisitsOnTimePct'] ?? null);
    const withoutOversight: Scenario = { ...pf, mechanisms: { ...pf.mechanisms, oversight: false } };
    const change = pairedDifference(onTime(withoutOversight), onTime(pf));
    expect(excludesZero(change) && (change.mean ?? 0) < 0, JSON.stringify(change)).toBe(true);
  });
});
