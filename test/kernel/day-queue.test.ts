import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DayQueue, EventQueue, Simulation } from '../../src/kernel/index.ts';
import { FC_SEED } from '../support/seed.ts';

const PRIORITIES = 4;
/** Entries in a day-queue chunk: a hint starts this many pops after the pop that gives it. */
const CHUNK = DayQueue.chunkEntries;

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

/**
 * What the look-ahead hint must say: hinted entry i of a pop is the entry popped CHUNK + i pops of
 * the same (day, priority) later (pushes only join a list's end, so those entries are fixed at the
 * pop), and the list holds at least that many then.
 */
class HintModel {
  private readonly held = new Map<string, number>();
  private readonly promised: { list: string; popsLeft: number; payload: number; key: number }[] = [];

  pushed(day: number, priority: number): void {
    const list = `${day}/${priority}`;
    this.held.set(list, (this.held.get(list) ?? 0) + 1);
  }

  popped(q: DayQueue): void {
    const list = `${q.time}/${q.priority}`;
    const left = (this.held.get(list) ?? 0) - 1;
    this.held.set(list, left);
    for (const p of this.promised) {
      if (p.list !== list || --p.popsLeft !== 0) continue;
      expect([q.payload, q.key]).toEqual([p.payload, p.key]);
    }
    expect(left).toBeGreaterThanOrEqual(q.aheadCount === 0 ? 0 : CHUNK - 1 + q.aheadCount);
    for (let i = 0; i < q.aheadCount; i++) {
      this.promised.push({ list, popsLeft: CHUNK + i, payload: q.aheadPayloadAt(i), key: q.aheadKeyAt(i) });
    }
  }
}

describe(`DayQueue (fc seed: ${FC_SEED})`, () => {
  test.prop([fc.oneof(fc.array(opArb, { maxLength: 500 }), fc.array(crowdedOpArb, { minLength: 200, maxLength: 3000 })), fc.integer({ min: -3000, max: 30_000 })])(
    'pops exactly what the heap pops, in the same (day, priority, push) order, with the same peeks and a true look-ahead hint',
    (ops, start) => {
      const days = new DayQueue(PRIORITIES, start, 2);
      const heap = new EventQueue(2);
      const hints = new HintModel();
      let now = start;
      for (const op of ops) {
        if (op.kind === 'push') {
          days.push(now + op.ahead, op.priority, op.payload, op.key, op.key + 7);
          heap.push(now + op.ahead, op.priority, op.payload, op.key, op.key + 7);
          hints.pushed(now + op.ahead, op.priority);
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
            hints.popped(days);
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

  it('tells run\'s warm handler of the next chunk of the same day and priority, cancelled entries too, and delivers the same', () => {
    const sim = new Simulation(0, 4, new DayQueue(2, 0));
    const n = 120;
    for (let i = 0; i < n; i++) sim.schedule(3, i % 2, i, i);
    sim.cancel(50); // a hinted entry may be stale by the time it comes: warming it is harmless
    const delivered: number[] = [];
    const warmed: string[] = [];
    sim.run(Infinity, (_t, _p, payload) => delivered.push(payload), (priority, ahead) => {
      for (let i = 0; i < ahead.aheadCount; i++) warmed.push(`${priority}/${ahead.aheadPayloadAt(i)}`);
    });
    const evens = Array.from({ length: n / 2 }, (_, i) => 2 * i);
    const odds = evens.map((e) => e + 1);
    expect(delivered).toEqual([...evens.filter((e) => e !== 50), ...odds]);
    // Each list is 60 entries in chunks of 21: the first pops of chunks 1 and 2 hint entries 21–41 and 42–59.
    const hinted = (list: number[], priority: number): string[] => list.slice(CHUNK).map((p) => `${priority}/${p}`);
    expect(warmed).toEqual([...hinted(evens, 0), ...hinted(odds, 1)]);
    const heap = new Simulation(0, 4);
    heap.schedule(1, 0, 1);
    heap.schedule(1, 0, 2);
    expect(heap.run(Infinity, () => undefined, () => expect.unreachable('a heap gives no hint'))).toBe(2);
    expect(() => new EventQueue().aheadPayloadAt(0)).toThrow('read hints only below aheadCount');
  });
});
