import { describe, expect, it } from 'vitest';
import { issueLines, load, yaml } from './memory-source.ts';

const starting = (start: string): string[] => issueLines({ 'scenarios/s.yaml': yaml('name: s', 'calendar:', `  start: ${start}`) }, 's');

describe('calendar.start is a 1 April (collection years run 1 April – 31 March)', () => {
  it('accepts a 1 April, quoted or not', () => {
    expect(load({ 'scenarios/s.yaml': yaml('name: s', 'calendar:', '  start: 2019-04-01') }, 's').calendar.start).toBe('2019-04-01');
    expect(load({ 'scenarios/s.yaml': yaml('name: s', 'calendar:', "  start: '2020-04-01'") }, 's').calendar.start).toBe('2020-04-01');
  });

  it('refuses another day and names the 1 Aprils either side', () => {
    expect(starting('2016-04-02')).toEqual([
      'scenarios/s.yaml:3: calendar.start: 2016-04-02 is not a 1 April; collection years run 1 April – 31 March, so start on 2016-04-01 or 2017-04-01',
    ]);
    expect(starting('2017-01-01')).toEqual([
      'scenarios/s.yaml:3: calendar.start: 2017-01-01 is not a 1 April; collection years run 1 April – 31 March, so start on 2016-04-01 or 2017-04-01',
    ]);
  });

  it('refuses a date that does not exist, with the reason', () => {
    expect(starting('2017-04-31')).toEqual(['scenarios/s.yaml:3: calendar.start: "2017-04-31" does not exist: 2017-04 has 30 days']);
    expect(starting('2017-13-01')).toEqual(['scenarios/s.yaml:3: calendar.start: "2017-13-01" has month 13; months run 01–12']);
  });

  it('reports a wrongly written date once, through the schema', () => {
    expect(starting('2016/04/01')).toEqual(['scenarios/s.yaml:3: calendar.start: "2016/04/01": write the date as YYYY-MM-DD']);
  });
});
