import { describe, expect, it } from 'vitest';
import { teamId, workerId } from '../../src/domain/index.ts';
import { streamFor } from '../../src/random/index.ts';
import {
  addCase, chooseWorker, createTeam, daysUntilLeaving, dequeueCase, enqueueCase, joinTeam, leaveTeam, removeCase, removeWaitingCase,
  slowdown, unfilledPosts, waitingCount, type Team, type TeamParameters, type Worker,
} from '../../src/workforce/index.ts';

const params: TeamParameters = {
  establishmentFte: 3, caseloadTarget: 10, allocationCeiling: 1.2, vacancyRate: 0, agencyShare: 0, annualTurnover: 0.2,
  agencyAnnualTurnover: 0.5, recruitmentWeeks: { median: 10, p90: 20 }, agencyCoverShare: 0.5, agencyCoverWeeks: { median: 2, p90: 4 },
  handoverDays: 5, reallocationDays: 5,
};

function worker(index: number, cases: number, agency = false): Worker {
  return {
    index, id: workerId(`SW${index}`), team: 0, agency, fte: 1, supervisionPhase: 0,
    load: cases, given: Array.from({ length: cases }, (_, i) => [index * 100 + i, i + 1]).flat(), gives: cases, active: true, bucketPos: -1,
  };
}

function join(team: Team, ...workers: Worker[]): void {
  for (const w of workers) joinTeam(team, w);
}

describe('allocation', () => {
  it('gives a case to the least loaded worker below target × ceiling, else nobody', () => {
    const team = createTeam(0, teamId('t'), 'assessment', params);
    const [a, b, c] = [worker(1, 11), worker(2, 9), worker(3, 12)];
    join(team, a, b, c);
    expect(chooseWorker(team, false)?.index).toBe(2);
    for (const slot of [999, 998, 997]) addCase(team, b, slot);
    expect(chooseWorker(team, false)?.index).toBe(1);
    addCase(team, a, 996);
    expect(chooseWorker(team, false)).toBeNull();
    expect(chooseWorker(team, true)?.index).toBe(1);
    removeCase(team, c);
    removeCase(team, c);
    expect(chooseWorker(team, false)?.index).toBe(3);
    leaveTeam(team, c);
    expect(chooseWorker(team, false)).toBeNull();
  });

  it('slows a worker above target in proportion to the excess (mechanism 1), unless switched off', () => {
    const team = createTeam(0, teamId('t'), 'assessment', params);
    expect(slowdown(team, worker(1, 15), true)).toBe(1.5);
    expect(slowdown(team, worker(1, 8), true)).toBe(1);
    expect(slowdown(team, worker(1, 15), false)).toBe(1);
  });

  it('queues cases first come first served and removes one that closed while waiting', () => {
    const team = createTeam(0, teamId('t'), 'assessment', params);
    for (const slot of [5, 6, 7]) enqueueCase(team, slot);
    expect(removeWaitingCase(team, 6)).toBe(true);
    expect([dequeueCase(team), waitingCount(team), dequeueCase(team), dequeueCase(team)]).toEqual([5, 1, 7, -1]);
  });

  it('counts posts with neither a permanent worker nor a recruitment under way', () => {
    const team = createTeam(0, teamId('t'), 'assessment', params);
    join(team, worker(1, 0), worker(2, 0, true));
    team.recruiting = 1;
    expect(unfilledPosts(team)).toBe(1);
  });
});

describe('turnover (seed: 3)', () => {
  it('draws leaving times whose annual share matches the turnover rate', () => {
    const stream = streamFor(3, 'test');
    const n = 20_000;
    let leftWithinYear = 0;
    for (let i = 0; i < n; i += 1) if (daysUntilLeaving(stream, params, false, true) <= 365) leftWithinYear += 1;
    expect(leftWithinYear / n).toBeCloseTo(0.2, 1);
  });

  it('never leaves when turnover is switched off or zero', () => {
    const stream = streamFor(3, 'test');
    expect(daysUntilLeaving(stream, params, false, false)).toBe(Number.POSITIVE_INFINITY);
    expect(daysUntilLeaving(stream, { ...params, annualTurnover: 0 }, false, true)).toBe(Number.POSITIVE_INFINITY);
    expect(daysUntilLeaving(stream, { ...params, annualTurnover: 5e-324 }, false, true)).toBe(Number.POSITIVE_INFINITY);
  });
});
