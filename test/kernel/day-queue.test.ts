import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DayQueue, EventQueue, Simulation } from '../../src/kernel/index.ts';
import { FC_SEED } from '../support/seed.ts';

const PRIORITIES = 4;

/**
 * A push `ahead` days after the last popped day: mostly near (ties are common), sometimes beyond
 * the ring (1,024 days) or far beyond it, so that far entries must join the ring in order.
 */
type Op =
  | { readonly kind: 'push'; readonly ahead: number; readonly priority: number; readonly payload: number; readonly key: number }
  | { readonly kind: 'pop' };

const aheadArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1000, max: 1030 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2000, max: 9000 }) },
);
/** Pushes (`ahead` days on, priorities below `priorities`) and pops, three pushes to two pops. */
function opsArb(ahead: fc.Arbitrary<number>, priorities: number): fc.Arbitrary<Op> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('push' as const),
        ahead,
        priority: fc.integer({ min: 0, max: priorities - 1 }),
        payload: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        key: fc.integer({ min: -1, max: 50 }),
      }),
    },
    { weight: 2, arbitrary: fc.constant<Op>({ kind: 'pop' }) },
  );
}
const opArb = opsArb(aheadArb, PRIORITIES);
/** Pushes onto the next two days and two priorities only: lists of hundreds of entries, across many chunks. */
const crowdedOpArb = opsArb(fc.integer({ min: 0, max: 1 }), 2);

describe(`DayQueue (fc seed: ${FC_SEED})`, () => {
  test.prop([fc.oneof(fc.array(opArb, { maxLength: 500 }), fc.array(crowdedOpArb, { minLength: 200, maxLength: 3000 })), fc.integer({ min: -3000, max: 30_000 })])(
    'pops exactly what the heap pops, in the same (day, priority, push) order, with the same peeks',
    (ops, start) => {
      const days = new DayQueue(PRIORITIES, start, 2);
      const heap = new EventQueue(2);
      let now = start;
      for (const op of ops) {
        if (op.kind === 'push') {
          days.push(now + op.ahead, op.priority, op.payload, op.key, op.key + 7);
          heap.push(now + op.ahead, op.priority, op.payload, op.key, op.key + 7);
        } else {
          expect(days.peekTime()).toBe(heap.peekTime());
          expect(days.peekKey()).toBe(heap.peekKey());
          expect(days.peekGeneration()).toBe(heap.peekGeneration());
          const popped = days.pop();
          expect(popped).toBe(heap.pop());
          if (popped) {
            expect([days.time, days.priority, days.payload, days.key, days.generation]).toEqual([
              heap.time, heap.priority, heap.payload, heap.key, heap.generation,
            ]);
            now = days.time;
          }
        }
        expect(days.size).toBe(heap.size);
      }
      while (heap.pop()) {
        expect(days.pop()).toBe(true);
        expect([days.time, days.priority, days.payload]).toEqual([heap.time, heap.priority, heap.payload]);
      }
      expect(days.pop()).toBe(false);
    },
  );

  it('refuses fractional days, days before the last pop and priorities outside its range, saying what to use', () => {
    const q = new DayQueue(3, 10);
    expect(() => q.push(10.5, 0, 1)).toThrow('use EventQueue for fractional times');
    expect(() => q.push(9, 0, 1)).toThrow('at or after 10');
    expect(() => q.push(10, 3, 1)).toThrow('priority must be 0 to 2');
    expect(() => new DayQueue(0)).toThrow('priorities must be an integer from 1 to 64');
  });

  it('runs a Simulation with lazy cancellation as the heap does', () => {
    const log = (queue?: DayQueue): string[] => {
      const sim = new Simulation(100, 4, queue);
      const out: string[] = [];
      sim.schedule(105, 1, 1, 3);
      sim.schedule(105, 0, 2);
      sim.schedule(3000, 2, 3, 4);
      sim.run(Infinity, (t, p, payload) => {
        out.push(`${t}/${p}/${payload}`);
        if (payload === 2) {
          sim.cancel(3);
          sim.schedule(t, 2, 4, 3);
          sim.schedule(t + 1500, 0, 5);
        }
      });
      return out;
    };
    expect(log(new DayQueue(3, 100))).toEqual(log());
    expect(log()).toEqual(['105/0/2', '105/2/4', '1605/0/5', '3000/2/3']);
  });
});
