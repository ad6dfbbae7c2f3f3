import { describe, expect, it } from 'vitest';
import { savableStreamFor } from '../../src/random/index.ts';
import { diceFor } from '../../src/sim/dice.ts';

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

  it('refuses keys the seeded streams refuse', () => {
    expect(() => diceFor(1.5, 0)).toThrow(RangeError);
    expect(() => diceFor(1, -1)).toThrow(RangeError);
  });
});
