import { afterAll, describe, expect, it } from 'vitest';
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { loadScenario, type Scenario } from '../../src/scenario/index.ts';
import { closeReplicationPool, runReplications } from '../../src/sim/replications.ts';
import { runReplication } from '../../src/sim/run-replication.ts';

const SEED = 20240331;
const SCALE = 0.18;

/**
 * The baseline at 18% of its demand, population and workforce, over one warm-up year and one
 * reported year: queues stay as stable as in the baseline and a replication takes ~0.2 s.
 */
function shrunk(s: Scenario): Scenario {
  const w = s.workforce;
  const team = <T extends { readonly establishmentFte: number }>(t: T): T => ({ ...t, establishmentFte: Math.ceil(t.establishmentFte * SCALE) });
  return {
    ...s,
    calendar: { ...s.calendar, warmupYears: 1, years: 1 },
    population: { ...s.population, children: Math.round(s.population.children * SCALE) },
    demand: { ...s.demand, newChildContactsPerYear: 1500, policeNotificationsPerYear: 300 },
    workforce: {
      ...w,
      assessment: team(w.assessment), protection: team(w.protection), lookedAfter: team(w.lookedAfter), leavingCare: team(w.leavingCare),
      frontDoor: { ...w.frontDoor, screeners: Math.ceil(w.frontDoor.screeners * SCALE) },
      chairs: { ...w.chairs, count: Math.ceil(w.chairs.count * SCALE) },
      iros: { ...w.iros, count: Math.ceil(w.iros.count * SCALE) },
    },
  };
}

const scenario = shrunk(loadScenario('baseline', fileScenarioSource(SCENARIOS_DIR)));

afterAll(async () => {
  await closeReplicationPool();
});

describe(`runReplications (seed: ${SEED})`, () => {
  // Computed once: the reference every parallel run must reproduce exactly (D9).
  const serial = runReplications(scenario, SEED, 4, { threads: 1 });

  it('gives the same results in 2 worker threads as serially, merged by replication number', async () => {
    const parallel = await runReplications(scenario, SEED, 4, { threads: 2 });
    const reference = await serial;
    expect(reference.map((r) => r.replication)).toEqual([1, 2, 3, 4]);
    expect(parallel.map((r) => r.replication)).toEqual([1, 2, 3, 4]);
    expect(parallel).toEqual(reference);
    expect(JSON.stringify(parallel.map((r) => r.report))).toBe(JSON.stringify(reference.map((r) => r.report)));
    // The serial path is runReplication itself, and the replications really differ: equal results
    // from a pool that ignored the replication number would not pass.
    expect(reference[2]).toEqual(runReplication(scenario, SEED, 3));
    expect(new Set(reference.map((r) => JSON.stringify(r.report))).size).toBe(4);
    expect(reference[0]?.summary.events).toBeGreaterThan(5_000);
  });

  it('runs only the replications named in "only", in replication order', async () => {
    const reference = await serial;
    const done: number[] = [];
    const some = await runReplications(scenario, SEED, 4, { threads: 2, only: [4, 2], onProgress: (d) => done.push(d) });
    expect(some.map((r) => r.replication)).toEqual([2, 4]);
    expect(some).toEqual([reference[1], reference[3]]);
    expect(done).toEqual([1, 2]);
    expect(await runReplications(scenario, SEED, 4, { threads: 2, only: [] })).toEqual([]);
    await expect(runReplications(scenario, SEED, 4, { only: [5] })).rejects.toThrow('replication 5 is not one of 1..4');
    await expect(runReplications(scenario, SEED, 4, { only: [2, 2] })).rejects.toThrow('listed twice');
    await expect(runReplications(scenario, SEED, 4, { threads: 0 })).rejects.toThrow('threads must be a whole number');
  });

  it.each([1, 2])('reports progress once per replication, ending at (count, count) (threads: %i)', async (threads) => {
    const calls: [number, number][] = [];
    await runReplications(scenario, SEED, 3, { threads, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it.each([1, 2])('rejects with an AbortError when the signal is already aborted (threads: %i)', async (threads) => {
    const controller = new AbortController();
    controller.abort();
    const calls: number[] = [];
    await expect(runReplications(scenario, SEED, 3, { threads, signal: controller.signal, onProgress: (d) => calls.push(d) }))
      .rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual([]);
  });

  it.each([1, 2])('cancels the outstanding replications when aborted mid-run (threads: %i)', async (threads) => {
    const controller = new AbortController();
    const calls: number[] = [];
    const run = runReplications(scenario, SEED, 6, {
      threads, signal: controller.signal, onProgress: (done) => {
        calls.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError', message: expect.stringContaining('cancelled') });
    expect(calls.length).toBeLessThan(6);
    // The pool is still usable afterwards.
    expect(await runReplications(scenario, SEED, 2, { threads: 2 })).toEqual((await serial).slice(0, 2));
  });

  it('rejects with the message of an error thrown inside a worker', async () => {
    const broken: Scenario = { ...scenario, calendar: { ...scenario.calendar, start: '2016-13-45' } };
    const serialError = await runReplications(broken, SEED, 2, { threads: 1 }).then(() => undefined, (e: unknown) => e);
    expect(serialError).toBeInstanceOf(Error);
    const message = (serialError as Error).message;
    expect(message).not.toBe('');
    await expect(runReplications(broken, SEED, 2, { threads: 2 })).rejects.toThrow(message);
  });

  it('closes the pool and makes a new one on the next run, also of another size', async () => {
    const reference = await serial;
    await closeReplicationPool();
    await closeReplicationPool();
    expect(await runReplications(scenario, SEED, 3, { threads: 3 })).toEqual(reference.slice(0, 3));
    await closeReplicationPool();
  });
});
