/**
 * Age in completed years, with 29 February birthdays on 1 March in non-leap years (see src/calendar/age.ts).
 */
import { describe, expect, test as vitestTest } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { partsFromSimDay, simDayOf } from '../../src/domain/time.ts';
import type { SimDay } from '../../src/domain/time.ts';
import { CalendarRangeError, addYears, ageInYears } from '../../src/calendar/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { dayBetween } from './arbitraries.ts';

const d = (text: string): SimDay => simDayOf(text);

describe('ageInYears examples', () => {
  vitestTest('completed years change on the birthday itself', () => {
    expect(ageInYears(d('2008-06-15'), d('2008-06-15'))).toBe(0);
    expect(ageInYears(d('2008-06-15'), d('2026-06-14'))).toBe(17);
    expect(ageInYears(d('2008-06-15'), d('2026-06-15'))).toBe(18);
  });

  vitestTest('born 29 February: 18 on 1 March in a non-leap year, on 29 February in a leap year', () => {
    expect(ageInYears(d('2008-02-29'), d('2026-02-28'))).toBe(17);
    expect(ageInYears(d('2008-02-29'), d('2026-03-01'))).toBe(18);
    expect(ageInYears(d('2008-02-29'), d('2012-02-28'))).toBe(3);
    expect(ageInYears(d('2008-02-29'), d('2012-02-29'))).toBe(4);
  });

  vitestTest('refuses days before birth and days outside 1990–2100', () => {
    expect(() => ageInYears(d('2010-01-02'), d('2010-01-01'))).toThrow(RangeError);
    expect(() => ageInYears(d('1989-12-31'), d('2010-01-01'))).toThrow(CalendarRangeError);
    expect(() => ageInYears(d('2010-01-01'), d('2101-01-01'))).toThrow(CalendarRangeError);
  });
});

describe(`ageInYears laws (seed: ${FC_SEED})`, () => {
  const dob = dayBetween('1990-01-01', '2060-12-31');

  test.prop([dob, fc.integer({ min: 0, max: 30 })], { numRuns: 300 })('n years after a birthday the age is n, and n − 1 the day before', (birth, n) => {
    const p = partsFromSimDay(birth);
    const anniversary = addYears(birth, n);
    const leapling = p.month === 2 && p.day === 29 && partsFromSimDay(anniversary).day === 28;
    // addYears clamps a 29 Feb birthday to 28 Feb; the legal birthday is the next day (1 March).
    const birthday = (leapling ? anniversary + 1 : anniversary) as SimDay;
    expect(ageInYears(birth, birthday)).toBe(n);
    if (n > 0) expect(ageInYears(birth, (birthday - 1) as SimDay)).toBe(n - 1);
  });

  test.prop([dob, fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 400 })], { numRuns: 300 })('age never decreases as time passes', (birth, a, gap) => {
    const on = (birth + a) as SimDay;
    expect(ageInYears(birth, on)).toBeLessThanOrEqual(ageInYears(birth, (on + gap) as SimDay));
  });
});
