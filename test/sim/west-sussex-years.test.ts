/**
 * The later West Sussex scenarios move the way the documents say (calibration/west-sussex.md §2),
 * each over paired replications with the 95% interval of the paired difference excluding zero:
 * 2019 (turnover, vacancies, weak oversight and IRO challenge) is worse than 2015 at every stage;
 * 2020 (vacancies filled, oversight back) is better than 2019; the 2022 restructure of the 2023
 * scenario is a dip in 2022-23 that is mostly gone in 2023-24 (the same scenario without it is the pair).
 */
import { describe, expect, it } from 'vitest';
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { loadScenario, type Scenario } from '../../src/scenario/index.ts';
import { runReplication } from '../../src/sim/run-replication.ts';
import { excludesZero, pairedDifference, type Estimate } from '../../src/sim/statistics.ts';

const SEED = 3;
const REPLICATIONS = 10;

const load = (name: string): Scenario => loadScenario(name, fileScenarioSource(SCENARIOS_DIR));
const cache = new Map<string, ReturnType<typeof runReplication>['report'][]>();
function reports(key: string, scenario: Scenario) {
  let list = cache.get(key);
  if (list === undefined) {
    list = Array.from({ length: REPLICATIONS }, (_, i) => runReplication(scenario, SEED, i + 1).report);
    cache.set(key, list);
  }
  return list;
}

type Reports = ReturnType<typeof reports>;
const value = (year: number, kpi: string) => (r: Reports[number]) => (r.years[year]?.values as Record<string, number | null>)[kpi] ?? null;
/** Paired difference b − a of a KPI, in report year `yearB` of b and `yearA` of a. */
function effect(a: Reports, b: Reports, kpi: string, yearA = 0, yearB = yearA): Estimate {
  return pairedDifference(a.map(value(yearA, kpi)), b.map(value(yearB, kpi)));
}
function up(e: Estimate, what: string): void {
  expect(excludesZero(e) && (e.mean ?? 0) > 0, `${what}: ${JSON.stringify(e)} should be above zero`).toBe(true);
}
function down(e: Estimate, what: string): void {
  expect(excludesZero(e) && (e.mean ?? 0) < 0, `${what}: ${JSON.stringify(e)} should be below zero`).toBe(true);
}

describe(`West Sussex through the years, ${REPLICATIONS} paired replications (seed: ${SEED})`, () => {
  it('2019: timeliness worse than 2015 at every stage, more changes of worker, longer to permanence', () => {
    const y2015 = reports('2015', load('west-sussex-2015'));
    const y2019 = reports('2019', load('west-sussex-2019'));
    for (const kpi of ['assessmentsWithin45WorkingDaysPct', 'icpcWithin15WorkingDaysPct', 'claVisitsOnTimePct', 'claReviewsOnTimePct', 'pathwayPlanReviewsOnTimePct']) {
      down(effect(y2015, y2019, kpi), kpi);
    }
    up(effect(y2015, y2019, 'workerChangesPerChild'), 'workerChangesPerChild');
    up(effect(y2015, y2019, 'meanDaysOverduePerLateClock'), 'meanDaysOverduePerLateClock');
    // Longer to permanence: family finding is the adoption team's casework, slower with its
    // vacancies and turnover (scorecard A2, placement order to match).
    up(effect(y2015, y2019, 'adoptionA2MeanDays'), 'adoptionA2MeanDays');
  }, 600_000);

  it('2020: vacancies filled and oversight back, so timeliness recovers from 2019', () => {
    const y2019 = reports('2019', load('west-sussex-2019'));
    const y2020 = reports('2020', load('west-sussex-2020'));
    down(effect(y2019, y2020, 'vacancyPct'), 'vacancyPct');
    down(effect(y2019, y2020, 'workerChangesPerChild'), 'workerChangesPerChild');
    for (const kpi of ['assessmentsWithin45WorkingDaysPct', 'icpcWithin15WorkingDaysPct', 'claVisitsOnTimePct', 'claReviewsOnTimePct']) {
      up(effect(y2019, y2020, kpi), kpi);
    }
  }, 600_000);

  it('2023: the 2022 restructure is a dip in 2022-23 and mostly recovered in 2023-24', () => {
    const scenario = load('west-sussex-2023');
    const shocked = reports('2023', scenario);
    const calm = reports('2023-calm', { ...scenario, workforce: { ...scenario.workforce, restructure: { ...scenario.workforce.restructure, date: null } } });
    // Report years: 0 = 2021-22 (before), 1 = 2022-23 (the restructure on 1 June 2022), 2 = 2023-24.
    expect(effect(calm, shocked, 'workerChangesPerChild', 0).mean).toBe(0);
    const changes = effect(calm, shocked, 'workerChangesPerChild', 1);
    const assessments = effect(calm, shocked, 'assessmentsWithin45WorkingDaysPct', 1);
    up(changes, 'workerChangesPerChild 2022-23');
    down(assessments, 'assessmentsWithin45WorkingDaysPct 2022-23');
    // Recovery: the next year's gaps are a fraction of the shock's.
    const changesAfter = effect(calm, shocked, 'workerChangesPerChild', 2);
    const assessmentsAfter = effect(calm, shocked, 'assessmentsWithin45WorkingDaysPct', 2);
    expect(Math.abs(changesAfter.mean ?? Infinity)).toBeLessThan(Math.abs(changes.mean ?? 0) / 2);
    expect(Math.abs(assessmentsAfter.mean ?? Infinity)).toBeLessThan(Math.abs(assessments.mean ?? 0) / 2);
  }, 600_000);
});
