import { describe, expect, it } from 'vitest';
import { kpiDefinition } from '../../src/store/index.ts';
import { differenceCell, expectationWords, valueCell } from '../../src/tui/kpi-cells.ts';
import { applyLevers, LEVERS, leverChanges, leverValueText } from '../../src/tui/levers.ts';
import { shortLabel } from '../../src/tui/short-label.ts';
import { withoutMechanism } from '../../src/tui/sim-scenario.ts';
import { sparkline } from '../../src/tui/sparkline.ts';
import { compareTimelines, journeyDaysGained } from '../../src/tui/timeline-compare.ts';
import type { ChildTimeline } from '../../src/tui/trainer-data.ts';
import { baselineScenario } from '../support/small-scenario.ts';

const lever = (id: string) => LEVERS.find((l) => l.id === id) ?? LEVERS[0]!;

describe('levers', () => {
  it('moves every team by the same step and keeps the rest of the scenario shared', () => {
    const baseline = baselineScenario();
    const whatIf = applyLevers(baseline, { caseloadTarget: 2, annualTurnover: 9 }, 'what-if');
    expect(whatIf.workforce.assessment.caseloadTarget).toBe(baseline.workforce.assessment.caseloadTarget + 2);
    expect(whatIf.workforce.adoption.caseloadTarget).toBe(baseline.workforce.adoption.caseloadTarget + 2);
    expect(whatIf.workforce.protection.annualTurnover).toBe(0.25);
    expect(whatIf.name).toBe('what-if');
    expect(whatIf.demand).toBe(baseline.demand);
    expect(baseline.workforce.assessment.caseloadTarget).toBe(18);
  });

  it('shows one value when the teams agree and each team when they do not', () => {
    const baseline = baselineScenario();
    expect(leverValueText(lever('annualTurnover'), baseline)).toBe('16');
    expect(leverValueText(lever('caseloadTarget'), baseline)).toBe('18/16/15/22/12');
  });

  it('clamps to the lever bounds and shifts the p90 of the recruitment lag with its median', () => {
    const baseline = baselineScenario();
    expect(leverChanges(baseline, { missChance: -100 })).toEqual([{ path: ['workforce', 'oversight', 'missChance'], value: 0 }]);
    const lag = leverChanges(baseline, { recruitmentWeeks: 4 });
    expect(lag).toContainEqual({ path: ['workforce', 'assessment', 'recruitmentWeeks', 'median'], value: 20 });
    expect(lag).toContainEqual({ path: ['workforce', 'assessment', 'recruitmentWeeks', 'p90'], value: 34 });
    expect(leverChanges(baseline, {})).toEqual([]);
    // CAMHS places stop at 1: 0 would mean no limit at all, the opposite of fewer places.
    expect(leverChanges(baseline, { camhsPlaces: -2 })).toEqual([{ path: ['camhs', 'treatmentPlaces'], value: 16 }]);
    expect(leverChanges(baseline, { camhsPlaces: -100 })).toEqual([{ path: ['camhs', 'treatmentPlaces'], value: 1 }]);
  });

  it('switches one mechanism off and leaves the others on', () => {
    const off = withoutMechanism(baselineScenario(), 'turnover');
    expect(off.mechanisms.turnover).toBe(false);
    expect(off.mechanisms.capacity).toBe(true);
  });
});

describe('results cells', () => {
  it('writes means, paired differences with their half-width, and misses in words', () => {
    const icpc = kpiDefinition('icpcWithin15WorkingDaysPct');
    expect(valueCell(82.14, 'percent')).toBe('82.1%');
    expect(valueCell(20_400, 'count')).toBe('20.4k');
    expect(valueCell(null, 'count')).toBe('—');
    expect(differenceCell({ mean: -7.8, low: -9.1, high: -6.5, n: 10 }, 'percent')).toBe('-7.8±1.3pp');
    expect(differenceCell({ mean: -0.04, low: -1.6, high: 1.52, n: 4 }, 'percent')).toBe('0.0±1.6pp');
    expect(expectationWords(icpc, 92, 90)).toBe('▼ below (both)');
    expect(expectationWords(icpc, 100, 90)).toBe('▼ below (what-if)');
    expect(expectationWords(icpc, 100, 100)).toBe('');
  });

  it('draws sparklines on a shared scale and abbreviates long labels', () => {
    expect(sparkline([1, 2, 3, null, 8])).toBe('▁▂▃ █');
    expect(sparkline([5, 5], 0, 10)).toBe('▅▅');
    expect(shortLabel('Assessments within 45 working days', 24)).toBe('Assess. in 45 wd');
    expect(shortLabel('Contacts', 24)).toBe('Contacts');
  });
});

describe('timelines side by side', () => {
  const step = (day: string, type: string) => ({ day, event: type, type, state: '', marks: [], unallocatedDays: 0, openClocks: [] });
  const timeline = (steps: ReturnType<typeof step>[]): ChildTimeline => ({
    child: 'C1', scenario: 's', steps, lateClocks: 0, unallocatedDays: 0, workerChanges: 0, missedOversight: 0,
  });

  it('lines events up by type and occurrence and counts the days gained', () => {
    const asIs = timeline([step('2021-04-01', 'contact.received'), step('2021-06-10', 'assessment.completed'), step('2021-07-01', 'worker.changed')]);
    const without = timeline([step('2021-04-01', 'contact.received'), step('2021-05-20', 'assessment.completed')]);
    expect(compareTimelines(asIs, without)).toEqual([
      { event: 'contact.received', asIs: '2021-04-01', without: '2021-04-01', daysGained: 0 },
      { event: 'assessment.completed', asIs: '2021-06-10', without: '2021-05-20', daysGained: 21 },
      { event: 'worker.changed', asIs: '2021-07-01', without: undefined, daysGained: undefined },
    ]);
    expect(journeyDaysGained(asIs, without)).toBe(42);
  });
});
