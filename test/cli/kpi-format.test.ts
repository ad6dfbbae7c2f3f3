import { describe, expect, it } from 'vitest';
import { expectationMark, expectationShort, formatInterval, formatKpiValue, groupDigits } from '../../src/cli/kpi-format.ts';
import { csvField } from '../../src/cli/run-files.ts';
import { kpiDefinition } from '../../src/store/index.ts';

describe('KPI values as tables show them', () => {
  it('groups thousands the same on every machine', () => {
    expect([groupDigits(1234567.891, 1), groupDigits(-1234.5, 0), groupDigits(-0.04, 1), groupDigits(999, 2)])
      .toEqual(['1,234,567.9', '-1,235', '0.0', '999.00']);
  });

  it('writes each unit with its decimals and sign, a dash for none', () => {
    expect([
      formatKpiValue(83.25, 'percent'), formatKpiValue(1204, 'count'), formatKpiValue(1204, 'count', true),
      formatKpiValue(21.35, 'count'), formatKpiValue(7.654, 'ratio'), formatKpiValue(31, 'workingDays'), formatKpiValue(null, 'days'),
    ]).toEqual(['83.3%', '1,204', '1,204.0', '21.4', '7.65', '31.0', '—']);
    expect([formatInterval(81, 85.44, 'percent'), formatInterval(1180, 1228, 'count'), formatInterval(null, 3, 'count')])
      .toEqual(['81.0 – 85.4%', '1,180.0 – 1,228.0', '—']);
  });

  it('gives the expectation in a few characters, or points to the notes when it is words only', () => {
    expect([
      expectationShort(kpiDefinition('icpcWithin15WorkingDaysPct')), expectationShort(kpiDefinition('assessmentMedianWorkingDays')),
      expectationShort(kpiDefinition('careProceedingsMeanWeeks')), expectationShort(kpiDefinition('missingEpisodesWithReturnInterviewPct')),
      expectationShort(kpiDefinition('contacts')),
    ]).toEqual(['≥ 100%', '≤ 45 working days', '≤ 26 weeks', 'see notes', '']);
  });

  it('marks the wrong side of an expectation with a symbol and words, never the right side', () => {
    const icpc = kpiDefinition('icpcWithin15WorkingDaysPct');
    const median = kpiDefinition('assessmentMedianWorkingDays');
    expect([expectationMark(icpc, 92), expectationMark(icpc, 100), expectationMark(median, 46), expectationMark(median, 45), expectationMark(icpc, null)])
      .toEqual(['▼ below expectation', '', '▲ above expectation', '', '']);
    expect(expectationMark(kpiDefinition('missingEpisodesWithReturnInterviewPct'), 10)).toBe('');
  });

  it('quotes CSV fields only when they need it', () => {
    expect([csvField('plain'), csvField('a, b'), csvField('say "hi"'), csvField(3.5), csvField(null)])
      .toEqual(['plain', '"a, b"', '"say ""hi"""', '3.5', '']);
  });
});
