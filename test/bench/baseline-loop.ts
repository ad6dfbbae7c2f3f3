/**
 * The hand-written ceiling: the same arrivals as drift (the same seeded arrival stream and
 * seasonal Poisson process), each child a handful of integer states in typed arrays, advanced on a
 * struct-of-arrays heap with plain mutable updates. No journey machine, clocks, store or
 * workforce: what a bare JavaScript event loop does per event on this machine.
 */
import { isWorkingDay } from '../../src/calendar/index.ts';
import type { SimDay } from '../../src/domain/index.ts';
import { EventQueue } from '../../src/kernel/index.ts';
import { exponential, poisson, streamFor } from '../../src/random/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';

export function baselineLoop(scenario: Scenario, seed: number, startDay: number, endDay: number): { events: number } {
  const d = scenario.demand;
  const arrivals = streamFor(seed, 'arrivals');
  const dice = streamFor(seed, 'loop');
  const queue = new EventQueue(1 << 16);
  let stage = new Int8Array(1 << 16);
  let children = 0;
  let events = 0;
  const perDay = (day: number) => {
    const months = [1.05, 1.0, 1.05, 0.95, 1.05, 1.0, 0.85, 0.8, 1.05, 1.1, 1.1, 0.95];
    const month = Math.floor(((day - startDay) % 365.25) / 30.44) % 12;
    return ((months[month] ?? 1) * (isWorkingDay(day as SimDay) ? 1 : d.weekendFactor)) / (252 + 113 * d.weekendFactor);
  };
  for (let day = startDay; day < endDay; day += 1) {
    const rate = perDay(day);
    const n = poisson(arrivals, d.newChildContactsPerYear * rate) + poisson(arrivals, d.policeNotificationsPerYear * rate);
    for (let i = 0; i < n; i += 1) {
      if (children >= stage.length) {
        const grown = new Int8Array(stage.length * 2);
        grown.set(stage);
        stage = grown;
      }
      queue.push(day, 0, children, -1, 0);
      children += 1;
    }
    while (queue.size > 0 && queue.peekTime() < day + 1) {
      queue.pop();
      const child = queue.payload;
      events += 1;
      const s = stage[child] ?? 0;
      // contact → screened → (a quarter) referral → assessment → plan or closure → reviews → closed
      if (s === 0) { stage[child] = 1; queue.push(day + 1, 0, child, -1, 0); }
      else if (s === 1) {
        if (dice.next() < 0.25) { stage[child] = 2; queue.push(day + 1, 0, child, -1, 0); }
      } else if (s === 2) { stage[child] = 3; queue.push(day + 1 + Math.floor(exponential(dice, 1 / 20)), 0, child, -1, 0); }
      else if (s === 3) {
        if (dice.next() < 0.4) { stage[child] = 4; queue.push(day + 14, 0, child, -1, 0); }
      } else if (s < 40) { stage[child] = s + 1; queue.push(day + 14, 0, child, -1, 0); }
    }
  }
  return { events };
}
