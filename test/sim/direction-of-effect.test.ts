/**
 * Direction of effect (issue: simulator, point 10): each lever moves its KPI the way the
 * mechanism says, over paired replications with common random numbers, with the 95% interval of
 * the paired difference excluding zero. The scenario is the baseline at a quarter of its size with
 * an assessment team at 85% of its establishment (an authority under some pressure, where
 * workforce changes show), two warm-up years and one report year.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/index.ts';
import { runReplication } from '../../src/sim/run-replication.ts';
import { excludesZero, pairedDifference, type Estimate } from '../../src/sim/statistics.ts';
import { smallScenario } from '../support/small-scenario.ts';

const SEED = 11;
const REPLICATIONS = 8;
const TEAMS = ['assessment', 'protection', 'lookedAfter', 'leavingCare', 'adoption'] as const;
type TeamParams = Scenario['workforce']['assessment'];

const small = smallScenario(4, 2, 1);
const base: Scenario = {
  ...small,
  workforce: { ...small.workforce, assessment: { ...small.workforce.assessment, establishmentFte: small.workforce.assessment.establishmentFte * 0.85 } },
};

function everyTeam(s: Scenario, change: (t: TeamParams) => TeamParams): Scenario {
  return { ...s, workforce: { ...s.workforce, ...Object.fromEntries(TEAMS.map((k) => [k, change(s.workforce[k])])) } };
}

const reportsCache = new Map<Scenario, ReturnType<typeof runReplication>['report'][]>();
function reports(s: Scenario) {
  let list = reportsCache.get(s);
  if (list === undefined) {
    list = Array.from({ length: REPLICATIONS }, (_, i) => runReplication(s, SEED, i + 1).report);
    reportsCache.set(s, list);
  }
  return list;
}

/** Paired difference (what-if − base) of a KPI in the report year. */
function effect(whatIf: Scenario, kpi: string): Estimate {
  const value = (r: ReturnType<typeof reports>[number]) => (r.years[0]?.values as Record<string, number | null>)[kpi] ?? null;
  return pairedDifference(reports(base).map(value), reports(whatIf).map(value));
}

function expectIncrease(e: Estimate): void {
  expect(excludesZero(e) && (e.mean ?? 0) > 0, `difference ${JSON.stringify(e)} should be above zero`).toBe(true);
}
function expectDecrease(e: Estimate): void {
  expect(excludesZero(e) && (e.mean ?? 0) < 0, `difference ${JSON.stringify(e)} should be below zero`).toBe(true);
}

describe(`direction of effect over ${REPLICATIONS} paired replications (seed: ${SEED})`, () => {
  it('higher turnover → more changes of worker per child and fewer assessments within 45 working days', () => {
    const turnover = everyTeam(base, (t) => ({ ...t, annualTurnover: 0.45, agencyAnnualTurnover: 0.8 }));
    expectIncrease(effect(turnover, 'workerChangesPerChild'));
    expectDecrease(effect(turnover, 'assessmentsWithin45WorkingDaysPct'));
  });

  it('the same staff with a lower caseload target → more unallocated waiting', () => {
    const capped = everyTeam(base, (t) => ({ ...t, caseloadTarget: t.caseloadTarget * 0.7 }));
    expectIncrease(effect(capped, 'unallocatedCasesAt31March'));
    expectIncrease(effect(capped, 'meanUnallocatedWaitDays'));
  });

  it('fewer conference chairs → fewer ICPCs within 15 working days', () => {
    const chairs = { ...base, workforce: { ...base.workforce, chairs: { ...base.workforce.chairs, count: 1 } } };
    expectDecrease(effect(chairs, 'icpcWithin15WorkingDaysPct'));
  });

  it('a longer oversight interval → more overdue clocks', () => {
    const oversight = { ...base, workforce: { ...base.workforce, oversight: { ...base.workforce.oversight, supervisionIntervalWeeks: 12 } } };
    expectIncrease(effect(oversight, 'openClocksPastDueAt31March'));
    expectIncrease(effect(oversight, 'meanDaysOverduePerLateClock'));
  });

  it('more front-door hand-offs → fewer referral decisions within 1 working day', () => {
    const handoffs = { ...base, workforce: { ...base.workforce, frontDoor: { ...base.workforce.frontDoor, handoffs: 5 } } };
    expectDecrease(effect(handoffs, 'referralDecisionWithin1WorkingDayPct'));
  });
});
