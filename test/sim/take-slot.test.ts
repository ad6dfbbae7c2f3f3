import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { CaseRecord } from '../../src/sim/case-record.ts';
import { takeSlot } from '../../src/sim/flows/front-door.ts';
import type { RunState } from '../../src/sim/run-state.ts';
import { FC_SEED } from '../support/seed.ts';

/** The part of the run state slots live in; takeSlot reads nothing else. */
interface Slots {
  cases: (CaseRecord | undefined)[];
  freeSlots: number;
  slotCursor: number;
}

const someCase = {} as CaseRecord;

describe(`case slots (seed: ${FC_SEED})`, () => {
  // Each step opens a case (true) or closes the case in a slot picked by the number (false), as
  // front-door.ts and closure.ts do.
  const steps = fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 400, size: 'max' });

  test.prop([steps])('are always free when taken, counted right, and at most twice the most cases open at once', (script) => {
    const slots: Slots = { cases: [], freeSlots: 0, slotCursor: 0 };
    const state = slots as unknown as RunState;
    let open = 0;
    let peak = 0;
    for (const [opens, pick] of script) {
      if (opens) {
        const slot = takeSlot(state);
        expect(slots.cases[slot]).toBeUndefined();
        slots.cases[slot] = someCase;
        open++;
        peak = Math.max(peak, open);
      } else if (open > 0) {
        const held = slots.cases.flatMap((c, slot) => (c === undefined ? [] : [slot]));
        const slot = held[pick % held.length] as number;
        slots.cases[slot] = undefined;
        slots.freeSlots++;
        open--;
      }
      expect(slots.freeSlots).toBe(slots.cases.filter((c) => c === undefined).length);
      expect(slots.cases.length).toBeLessThanOrEqual(2 * peak + 1);
    }
  });

  test.prop([fc.integer({ min: 3, max: 60 })])('go to new children in turn, not to the one freed last', (n) => {
    const slots: Slots = { cases: [], freeSlots: 0, slotCursor: 0 };
    const state = slots as unknown as RunState;
    for (let i = 0; i < n; i++) slots.cases[takeSlot(state)] = someCase;
    // Free every slot but the last, newest last: a stack of freed slots would hand back n − 2 first.
    for (let slot = 0; slot < n - 1; slot++) {
      slots.cases[slot] = undefined;
      slots.freeSlots++;
    }
    const taken = [takeSlot(state)];
    slots.cases[taken[0] as number] = someCase;
    taken.push(takeSlot(state));
    expect(taken).toEqual([0, 1]);
  });
});
