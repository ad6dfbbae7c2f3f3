import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/kernel/index.ts';
import { FC_SEED } from '../support/seed.ts';

type Delivered = readonly [time: number, priority: number, payload: number, key: number];

/** Runs to exhaustion and records every delivery. */
function drainAll(sim: Simulation): Delivered[] {
  const out: Delivered[] = [];
  sim.run(Infinity, (t, p, payload, key) => out.push([t, p, payload, key]));
  return out;
}

describe('Simulation', () => {
  it('starts at the given time with nothing pending', () => {
    const sim = new Simulation(19_813);
    expect([sim.now, sim.pending, sim.peekTime()]).toEqual([19_813, 0, Infinity]);
  });

  it('refuses to schedule before now and says what to do instead', () => {
    const sim = new Simulation(5);
    expect(() => sim.schedule(3, 0, 0)).toThrow(
      new RangeError('cannot schedule at t=3 before now t=5; schedule at or after now'),
    );
    expect(sim.pending).toBe(0);
  });

  it('accepts scheduling at exactly now, after the events already due now', () => {
    const sim = new Simulation(0);
    sim.schedule(1, 0, 1);
    sim.schedule(1, 0, 2);
    const seen: number[] = [];
    sim.run(Infinity, (t, _p, payload) => {
      seen.push(payload);
      if (payload === 1) sim.schedule(t, 0, 3); // same time and priority: joins the back
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('refuses NaN and infinite times, and non-int32 priorities, payloads and keys', () => {
    const sim = new Simulation(0);
    expect(() => sim.schedule(Number.NaN, 0, 0)).toThrow('cannot schedule at t=NaN; schedule at a finite time');
    expect(() => sim.schedule(Infinity, 0, 0)).toThrow('cannot schedule at t=Infinity');
    expect(() => sim.schedule(1, 0.5, 0)).toThrow('priority must be an int32');
    expect(() => sim.schedule(1, 0, 2 ** 31)).toThrow('payload must be an int32');
    expect(() => sim.schedule(1, 0, 0, -2)).toThrow('cannot schedule with key -2; pass a non-negative int32 key');
    expect(() => sim.cancel(1.5)).toThrow('cannot cancel with key 1.5');
    expect(() => new Simulation(Number.NaN)).toThrow('startTime must be a finite number');
  });

  it('advances now to each event as it is delivered, and to until after run', () => {
    const sim = new Simulation(0);
    sim.schedule(2, 0, 0);
    sim.schedule(4, 0, 1);
    sim.schedule(10, 0, 2);
    const nows: number[] = [];
    const delivered = sim.run(10, () => nows.push(sim.now));
    // Half-open like SimPy's run(until): the event at t=10 waits for the next run.
    expect([delivered, nows, sim.now, sim.pending, sim.peekTime()]).toEqual([2, [2, 4], 10, 1, 10]);
    expect(() => sim.run(9, () => undefined)).toThrow('cannot run until t=9, before now t=10');
    expect(() => sim.schedule(9, 0, 0)).toThrow('cannot schedule at t=9 before now t=10');
  });

  it('never delivers a cancelled entry, but delivers entries scheduled with the key after the cancel', () => {
    const sim = new Simulation(0);
    sim.schedule(5, 0, 100, 7); // superseded
    sim.schedule(6, 0, 101, 7); // superseded
    sim.schedule(5, 0, 200, 8); // another key: untouched
    sim.schedule(4, 0, 300); // no key: untouched
    expect(sim.cancel(7)).toBe(2);
    sim.schedule(9, 0, 102, 7); // the replacement
    expect(sim.pending).toBe(3);
    expect(drainAll(sim)).toEqual([
      [4, 0, 300, -1],
      [5, 0, 200, 8],
      [9, 0, 102, 7],
    ]);
    expect(sim.pending).toBe(0);
  });

  it('cancels nothing for a key never scheduled, even one beyond the key table', () => {
    const sim = new Simulation(0);
    sim.schedule(1, 0, 1, 3);
    expect([sim.cancel(1_000_000), sim.cancel(2), sim.pending]).toEqual([0, 0, 1]);
    expect(drainAll(sim)).toEqual([[1, 0, 1, 3]]);
  });

  it('skips a cancelled entry in peekTime and step', () => {
    const sim = new Simulation(0);
    sim.schedule(1, 0, 1, 0);
    sim.schedule(2, 0, 2, 1);
    sim.cancel(0);
    expect(sim.peekTime()).toBe(2);
    const seen: Delivered[] = [];
    expect(sim.step((t, p, payload, key) => seen.push([t, p, payload, key]))).toBe(true);
    expect(sim.step(() => undefined)).toBe(false);
    expect([seen, sim.now]).toEqual([[[2, 0, 2, 1]], 2]);
  });

  it('lets a handler cancel a later entry with a key that grows the key table', () => {
    const sim = new Simulation(0);
    sim.schedule(1, 0, 0);
    sim.schedule(3, 0, 1, 0);
    const seen: number[] = [];
    sim.run(Infinity, (t, _p, payload) => {
      seen.push(payload);
      if (payload === 0) {
        sim.schedule(t + 1, 0, 2, 5000); // grows the table mid-run
        sim.cancel(5000);
        sim.cancel(0);
      }
    });
    expect(seen).toEqual([0]);
  });

  it('returns from run after the event whose handler calls stop', () => {
    const sim = new Simulation(0);
    for (let t = 1; t <= 5; t++) sim.schedule(t, 0, t);
    const delivered = sim.run(100, (_t, _p, payload) => {
      if (payload === 2) sim.stop();
    });
    expect([delivered, sim.now, sim.pending]).toEqual([2, 2, 3]);
  });
});

type Op =
  | { readonly kind: 'schedule'; readonly delay: number; readonly priority: number; readonly key: number }
  | { readonly kind: 'cancel'; readonly key: number }
  | { readonly kind: 'step' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ delay: fc.integer({ min: 0, max: 5 }), priority: fc.integer({ min: 0, max: 2 }), key: fc.integer({ min: -1, max: 4 }) })
      .map((r): Op => ({ kind: 'schedule', ...r })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }).map((key): Op => ({ kind: 'cancel', key })) },
  { weight: 3, arbitrary: fc.constant<Op>({ kind: 'step' }) },
);

describe(`Simulation against a reference model (fc seed: ${FC_SEED})`, () => {
  test.prop([fc.array(opArb, { maxLength: 300 })])(
    'delivers exactly the uncancelled entries in (time, priority, seq) order when schedule, cancel and step interleave',
    (ops) => {
      const sim = new Simulation(0, 2);
      // The model: live entries in a plain array; cancel removes eagerly, step takes the minimum.
      let model: { time: number; priority: number; payload: number; key: number; seq: number }[] = [];
      let seq = 0;
      let now = 0;
      for (const op of ops) {
        if (op.kind === 'schedule') {
          const payload = seq;
          sim.schedule(now + op.delay, op.priority, payload, op.key);
          model.push({ time: now + op.delay, priority: op.priority, payload, key: op.key, seq: seq++ });
        } else if (op.kind === 'cancel') {
          const before = model.length;
          model = model.filter((m) => m.key !== op.key);
          expect(sim.cancel(op.key)).toBe(before - model.length);
        } else {
          const sorted = [...model].sort((a, b) => a.time - b.time || a.priority - b.priority || a.seq - b.seq);
          const expected = sorted[0];
          let got: Delivered | undefined;
          expect(sim.step((t, p, payload, key) => (got = [t, p, payload, key]))).toBe(expected !== undefined);
          if (expected !== undefined) {
            expect(got).toEqual([expected.time, expected.priority, expected.payload, expected.key]);
            model = model.filter((m) => m !== expected);
            now = expected.time;
          }
        }
        expect([sim.pending, sim.now]).toEqual([model.length, now]);
        const next = Math.min(...model.map((m) => m.time));
        expect(sim.peekTime()).toBe(next);
      }
    },
  );
});
