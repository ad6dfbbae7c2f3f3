import { describe, expect, it } from 'vitest';
import { ReturningChildren, type ReturningChild } from '../../src/sim/returning-child.ts';

const child = (index: number): ReturningChild => ({ index } as unknown as ReturningChild);

describe('children expected back, parked until their return', () => {
  it('gives each child a place, hands the same child back once, and reuses freed places', () => {
    const parked = new ReturningChildren();
    const a = parked.park(child(1));
    const b = parked.park(child(2));
    expect(a).not.toBe(b);
    expect(parked.size).toBe(2);
    expect(parked.take(a)?.index).toBe(1);
    expect(parked.take(a)).toBeUndefined();
    expect(parked.size).toBe(1);
    expect(parked.park(child(3))).toBe(a);
    expect(parked.take(b)?.index).toBe(2);
    expect(parked.take(a)?.index).toBe(3);
    expect(parked.size).toBe(0);
  });
});
