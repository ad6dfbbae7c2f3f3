import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { savableStreamFor } from '../../src/random/index.ts';
import { diceFor } from '../../src/sim/dice.ts';
import { FC_SEED } from '../support/seed.ts';

/** The first draws of both streams agree. */
function agrees(seed: number, index: number, purpose = 'child', draws = 5): void {
  const dice = diceFor(seed, index, purpose);
  const reference = savableStreamFor(seed, purpose, index);
  for (let i = 0; i < draws; i++) expect(dice.next()).toBe(reference.next());
}

describe('child dice', () => {
  it('draws exactly what the seeded stream keyed (seed, child, index) draws', () => {
    for (const seed of [0, 1, 42, 0xffffffff, 2 ** 40]) {
      for (const index of [0, 1, 7, 123_456, 9_999_999]) {
        const dice = diceFor(seed, index);
        const reference = savableStreamFor(seed, 'child', index);
        for (let i = 0; i < 200; i++) expect(dice.next()).toBe(reference.next());
      }
    }
  });

  it('agrees for other populations, long purposes among them, after switching between them', () => {
    for (const purpose of ['privateFostering', 'child', 'a-purpose-long-enough-to-need-a-wider-key-buffer-than-the-first-one']) {
      for (const index of [0, 10, 2 ** 53 - 1]) {
        const dice = diceFor(77, index, purpose);
        const reference = savableStreamFor(77, purpose, index);
        for (let i = 0; i < 20; i++) expect(dice.next()).toBe(reference.next());
      }
    }
  });

  // Children are seeded four at a time (the next three after the one asked for, in one pass):
  // runs of indices across powers of ten, where the four keys' lengths differ, and near the last
  // safe integer, where the next three are not keys at all.
  it('agrees for children asked for in order across powers of ten and at the end of the safe integers', () => {
    for (const from of [0, 5, 95, 996, 99_997, 9_999_998, 2 ** 53 - 6]) {
      for (let index = from; index < from + 6 && index <= 2 ** 53 - 1; index++) agrees(3, index);
    }
  });

  test.prop(
    [fc.nat(), fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.constantFrom('child', 'privateFostering')), { maxLength: 40 })],
  )(`agrees whatever the order children and purposes are asked for in (fc seed: ${FC_SEED})`, (start, steps) => {
    let index = start;
    for (const [step, purpose] of steps) {
      index = Math.max(0, index + step);
      agrees(11, index, purpose, 2);
    }
  });

  it('refuses keys the seeded streams refuse', () => {
    expect(() => diceFor(1.5, 0)).toThrow(RangeError);
    expect(() => diceFor(1, -1)).toThrow(RangeError);
  });
});
