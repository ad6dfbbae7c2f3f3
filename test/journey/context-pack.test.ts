import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LEGAL_STATUSES, PERMANENCE_PLANS } from '../../src/domain/index.ts';
import { CONTEXT_WORDS, initialJourneyContext, packContext, unpackContext, type JourneyContext } from '../../src/journey/index.ts';

const SEED = 4122026;
const fresh = initialJourneyContext();
const keys = Object.keys(fresh) as (keyof JourneyContext)[];

/** Every field of the context, drawn from its whole range (counts up to the 16-bit limit). */
const anyContext: fc.Arbitrary<JourneyContext> = fc.record(Object.fromEntries(keys.map((key) => {
  const value = fresh[key];
  if (typeof value === 'boolean') return [key, fc.boolean()];
  if (typeof value === 'number') return [key, fc.nat(0xffff)];
  if (key === 'legalStatus') return [key, fc.constantFrom('none', ...LEGAL_STATUSES)];
  if (key === 'permanence') return [key, fc.constantFrom('none', ...PERMANENCE_PLANS)];
  throw new Error(`context-pack test: no values for field ${key}; add them here and to context-pack.ts`);
})) as Record<keyof JourneyContext, fc.Arbitrary<unknown>>) as fc.Arbitrary<JourneyContext>;

describe('a journey context packed into 16-bit words', () => {
  test.prop([anyContext, fc.nat(3)], { seed: SEED })(`unpacks to the same context, field by field and in the same order (seed ${SEED})`, (context, slot) => {
    const words = new Uint16Array(CONTEXT_WORDS * 4);
    packContext(context, words, slot * CONTEXT_WORDS);
    const back = unpackContext(words, slot * CONTEXT_WORDS);
    expect(back).toEqual(context);
    expect(Object.keys(back)).toEqual(keys);
  });

  it('keeps every field apart: changing one field alone changes what unpacks', () => {
    for (const key of keys) {
      const value = fresh[key];
      const changed = { ...fresh, [key]: typeof value === 'boolean' ? !value : typeof value === 'number' ? 1 : key === 'legalStatus' ? 'C2' : 'adoption' };
      const words = new Uint16Array(CONTEXT_WORDS);
      packContext(changed as JourneyContext, words, 0);
      expect(unpackContext(words, 0), key).toEqual(changed);
    }
  });

  it('refuses a count that does not fit, saying which', () => {
    const words = new Uint16Array(CONTEXT_WORDS);
    expect(() => packContext({ ...fresh, visits: 70_000 }, words, 0)).toThrow(/visits = 70000/);
    expect(() => packContext({ ...fresh, placements: -1 }, words, 0)).toThrow(/placements/);
    expect(() => packContext({ ...fresh, legalStatus: 'X9' as never }, words, 0)).toThrow(/legalStatus = X9/);
  });
});
