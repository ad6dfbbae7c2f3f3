import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/kernel/index.ts';
import { FC_SEED } from '../support/seed.ts';

interface Entry {
  readonly time: number;
  readonly priority: number;
  readonly payload: number;
}

/** Few distinct times and priorities, so that ties (the interesting case) are common. */
const entryArb: fc.Arbitrary<Entry> = fc.record({
  time: fc.integer({ min: 0, max: 20 }).map((t) => t / 4),
  priority: fc.integer({ min: -2, max: 2 }),
  payload: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
});

function drain(q: EventQueue): Entry[] {
  const out: Entry[] = [];
  while (q.pop()) out.push({ time: q.time, priority: q.priority, payload: q.payload });
  return out;
}

/** The reference order: a stable sort by (time, priority) keeps insertion order on ties. */
function stableSorted(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => a.time - b.time || a.priority - b.priority);
}

describe(`EventQueue (fc seed: ${FC_SEED})`, () => {
  test.prop([fc.array(entryArb, { maxLength: 300 }), fc.integer({ min: 1, max: 8 })])(
    'pops in (time, priority, insertion) order, i.e. a stable sort of the pushes, whatever the capacity',
    (entries, capacity) => {
      const q = new EventQueue(capacity);
      for (const e of entries) q.push(e.time, e.priority, e.payload);
      expect(drain(q)).toEqual(stableSorted(entries));
    },
  );

  type Op = { readonly kind: 'push'; readonly entry: Entry } | { readonly kind: 'pop' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 3, arbitrary: entryArb.map((entry): Op => ({ kind: 'push', entry })) },
    { weight: 2, arbitrary: fc.constant<Op>({ kind: 'pop' }) },
  );

  test.prop([fc.array(opArb, { maxLength: 400 })])(
    'agrees with an array-sort reference when pushes and pops interleave',
    (ops) => {
      const q = new EventQueue(2);
      // The model: a list kept with its insertion numbers, popped by linear minimum search.
      const model: { entry: Entry; seq: number }[] = [];
      let seq = 0;
      for (const op of ops) {
        if (op.kind === 'push') {
          q.push(op.entry.time, op.entry.priority, op.entry.payload);
          model.push({ entry: op.entry, seq: seq++ });
        } else {
          let best = -1;
          for (let i = 0; i < model.length; i++) {
            const m = model[i]!;
            const b = best < 0 ? undefined : model[best]!;
            if (
              b === undefined ||
              m.entry.time < b.entry.time ||
              (m.entry.time === b.entry.time &&
                (m.entry.priority < b.entry.priority || (m.entry.priority === b.entry.priority && m.seq < b.seq)))
            ) {
              best = i;
            }
          }
          const popped = q.pop();
          expect(popped).toBe(best >= 0);
          if (best >= 0) {
            const [expected] = model.splice(best, 1);
            expect({ time: q.time, priority: q.priority, payload: q.payload, seq: q.seq }).toEqual({
              ...expected!.entry,
              seq: expected!.seq,
            });
          }
        }
        expect(q.size).toBe(model.length);
      }
    },
  );

  it('delivers equal-time, equal-priority entries first in, first out', () => {
    const q = new EventQueue();
    for (let payload = 0; payload < 50; payload++) q.push(7, 1, payload);
    q.push(7, 0, 99); // higher priority (lower number) jumps the queue
    const payloads = drain(q).map((e) => e.payload);
    expect(payloads).toEqual([99, ...Array.from({ length: 50 }, (_, i) => i)]);
  });

  it('carries key and generation through to the popped fields', () => {
    const q = new EventQueue();
    q.push(2, 0, 10, 3, 5);
    q.push(1, 0, 11, 4, 6);
    expect([q.peekTime(), q.peekKey(), q.peekGeneration()]).toEqual([1, 4, 6]);
    expect(q.pop()).toBe(true);
    expect([q.time, q.payload, q.key, q.generation]).toEqual([1, 11, 4, 6]);
    expect(q.pop()).toBe(true);
    expect([q.time, q.payload, q.key, q.generation]).toEqual([2, 10, 3, 5]);
  });

  it('returns false and leaves the last popped fields alone when empty', () => {
    const q = new EventQueue(1);
    q.push(4, 2, 9);
    expect(q.pop()).toBe(true);
    expect(q.pop()).toBe(false);
    expect([q.time, q.priority, q.payload, q.size, q.peekTime(), q.peekKey()]).toEqual([4, 2, 9, 0, Infinity, -1]);
  });

  it('empties on clear and keeps numbering, so later ties still come out first in, first out', () => {
    const q = new EventQueue();
    q.push(1, 0, 1);
    q.clear();
    expect(q.size).toBe(0);
    q.push(1, 0, 2);
    q.push(1, 0, 3);
    expect(drain(q).map((e) => e.payload)).toEqual([2, 3]);
    expect(q.seq).toBe(2);
  });

  it('refuses a capacity that is not a positive integer, and says what to pass', () => {
    expect(() => new EventQueue(0)).toThrow('initialCapacity must be a positive integer, got 0; pass e.g. 1024');
    expect(() => new EventQueue(2.5)).toThrow(RangeError);
  });
});
