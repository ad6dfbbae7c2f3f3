import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { teamId, workerId } from '../../src/domain/index.ts';
import {
  addCase, createTeam, forgetGivings, givingsToTidy, heldCases, joinTeam, leaveTeam, removeCase, tidyGivings, type TeamParameters, type Worker,
} from '../../src/workforce/index.ts';
import { FC_SEED } from '../support/seed.ts';

const params: TeamParameters = {
  establishmentFte: 3, caseloadTarget: 10, allocationCeiling: 1.2, vacancyRate: 0, agencyShare: 0, annualTurnover: 0.2,
  agencyAnnualTurnover: 0.5, recruitmentWeeks: { median: 10, p90: 20 }, agencyCoverShare: 0.5, agencyCoverWeeks: { median: 2, p90: 4 },
  handoverDays: 5, reallocationDays: 5,
};

function freshWorker(): Worker {
  return { index: 0, id: workerId('SW00000'), team: 0, agency: false, fte: 1, supervisionPhase: 0, load: 0, given: [], gives: 0, active: true, bucketPos: -1 };
}

/**
 * The simulator's side of the book, as a model: which stamp each slot's case holds the worker by
 * (the case record's `worker` and `workerStamp`), or none.
 */
class Holder {
  readonly stampOf = new Map<number, number>();
  readonly isCurrent = (slot: number, stamp: number): boolean => this.stampOf.get(slot) === stamp;
}

describe(`a worker's case book lists what a Set of slots would (seed: ${FC_SEED})`, () => {
  test.prop([fc.array(fc.record({ give: fc.boolean(), slot: fc.nat(40), tidy: fc.boolean() }), { maxLength: 400 })])(
    'count, cases held and their order, after any givings and givings back, tidied or not',
    (steps) => {
      const team = createTeam(0, teamId('t'), 'assessment', params);
      const worker = freshWorker();
      joinTeam(team, worker);
      const holder = new Holder();
      const model = new Set<number>();
      for (const { give, slot, tidy } of steps) {
        if (give && !model.has(slot)) {
          holder.stampOf.set(slot, addCase(team, worker, slot));
          model.add(slot);
        } else if (!give && model.has(slot)) {
          removeCase(team, worker);
          holder.stampOf.delete(slot);
          model.delete(slot);
        }
        if (tidy && givingsToTidy(worker)) tidyGivings(worker, holder.isCurrent);
        expect(worker.load).toBe(model.size);
      }
      expect(heldCases(worker, holder.isCurrent)).toEqual([...model]);
      tidyGivings(worker, holder.isCurrent);
      expect(worker.given.length).toBe(2 * model.size);
      expect(heldCases(worker, holder.isCurrent)).toEqual([...model]);
    },
  );

  it('keeps the log near the caseload when tidied as cases come and go (memory follows the caseload)', () => {
    const team = createTeam(0, teamId('t'), 'assessment', params);
    const worker = freshWorker();
    joinTeam(team, worker);
    const holder = new Holder();
    for (let slot = 0; slot < 10_000; slot += 1) {
      holder.stampOf.set(slot, addCase(team, worker, slot));
      if (givingsToTidy(worker)) tidyGivings(worker, holder.isCurrent);
      if (slot >= 20) {
        removeCase(team, worker);
        holder.stampOf.delete(slot - 20);
      }
    }
    expect(worker.load).toBe(20);
    expect(worker.given.length).toBeLessThanOrEqual(2 * (2 * 20 + 32) + 2);
    expect(heldCases(worker, holder.isCurrent)).toEqual(Array.from({ length: 20 }, (_, i) => 9_980 + i));
  });

  it("forgets a leaver's log once every case is given back, and not before", () => {
    const team = createTeam(0, teamId('t'), 'assessment', params);
    const worker = freshWorker();
    joinTeam(team, worker);
    for (const slot of [4, 5, 6]) addCase(team, worker, slot);
    expect(() => forgetGivings(worker)).toThrow(/SW00000 still works/);
    leaveTeam(team, worker);
    removeCase(team, worker);
    expect(() => forgetGivings(worker)).toThrow(/SW00000 still holds 2 cases/);
    removeCase(team, worker);
    removeCase(team, worker);
    forgetGivings(worker);
    expect([worker.load, worker.given.length]).toEqual([0, 0]);
  });

  it('refuses to take back a case from a worker who holds none', () => {
    const team = createTeam(0, teamId('t'), 'assessment', params);
    const worker = freshWorker();
    joinTeam(team, worker);
    expect(() => removeCase(team, worker)).toThrow(/SW00000 gives up a case but holds none/);
  });
});
