import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  DateError, asSimDay, daysInMonth, isoWeekday, parseLocalDate, simDayFromParts, simDayOf, toLocalDate, toSimDay,
} from '../../src/domain/index.ts';
import { FC_SEED } from '../support/seed.ts';

describe('LocalDate and SimDay', () => {
  it('counts days from 1970-01-01, a Thursday', () => {
    expect(simDayOf('1970-01-01')).toBe(0);
    expect(isoWeekday(asSimDay(0))).toBe(4);
    expect(simDayOf('2015-11-19')).toBe(16758);
    expect(toLocalDate(asSimDay(16758))).toBe('2015-11-19');
    expect(isoWeekday(simDayOf('2023-04-07'))).toBe(5);
    expect(simDayOf('2000-03-01') - simDayOf('2000-02-28')).toBe(2);
    expect(simDayOf('1900-03-01') - simDayOf('1900-02-28')).toBe(1);
  });

  it.each([
    ['2023-02-30', '"2023-02-30" does not exist: 2023-02 has 28 days'],
    ['2024-02-30', '"2024-02-30" does not exist: 2024-02 has 29 days'],
    ['2023-04-31', '"2023-04-31" does not exist: 2023-04 has 30 days'],
    ['2023-13-01', '"2023-13-01" has month 13; months run 01–12'],
    ['2023-00-10', '"2023-00-10" has month 0; months run 01–12'],
    ['23-01-01', '"23-01-01" is not a date; write it as YYYY-MM-DD, e.g. 2015-11-19'],
    ['2023-1-01', '"2023-1-01" is not a date; write it as YYYY-MM-DD, e.g. 2015-11-19'],
  ])('refuses %s with a message saying why', (text, message) => {
    expect(() => parseLocalDate(text)).toThrow(DateError);
    expect(() => parseLocalDate(text)).toThrow(message);
  });

  it('refuses a fractional SimDay', () => {
    expect(() => asSimDay(1.5)).toThrow('a SimDay is a whole number of days, got 1.5');
  });
});

describe(`LocalDate ⇄ SimDay (seed: ${FC_SEED})`, () => {
  const date = fc.record({ y: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => d <= daysInMonth(y, m));

  test.prop([date])('round-trips every valid date', ({ y, m, d }) => {
    const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    expect(toLocalDate(toSimDay(parseLocalDate(text)))).toBe(text);
    expect(simDayOf(text)).toBe(simDayFromParts(y, m, d));
  });

  test.prop([fc.integer({ min: -30000, max: 90000 })])('consecutive days are consecutive dates and weekdays', (n) => {
    const day = asSimDay(n);
    expect(simDayOf(toLocalDate(day))).toBe(n);
    expect(isoWeekday(asSimDay(n + 1))).toBe((isoWeekday(day) % 7) + 1);
  });
});
