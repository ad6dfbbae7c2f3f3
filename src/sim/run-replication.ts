import type { SimEvent } from '../domain/index.ts';
import { createRuleSet } from '../rules/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { createEventStore } from '../store/index.ts';
import { createKpiProjection, type KpiReport } from '../store/projections/index.ts';
import { simulate, simulatedPeriod, type SimulationSummary } from './simulate.ts';

/** One replication's KPIs and what it took. */
export interface ReplicationResult {
  readonly replication: number;
  readonly seed: number;
  readonly report: KpiReport;
  readonly summary: SimulationSummary;
}

/** The KPI projection configured for a scenario: its report years, population and local rules. */
export function kpiProjectionFor(scenario: Scenario) {
  const { reportStart } = simulatedPeriod(scenario);
  const p = scenario.population;
  return createKpiProjection({
    reportStart,
    reportYears: scenario.calendar.years,
    population: (year) => Math.round(p.children * Math.pow(1 + p.growthPerYear, scenario.calendar.warmupYears + year)),
    rules: createRuleSet(scenario.localRules),
  });
}

/**
 * The seed of replication `r` of a run with seed `seed`: derived from the pair only, never from
 * which worker ran it, so parallel and serial runs agree (D9).
 */
export function replicationSeed(seed: number, replication: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + replication * 0x632be5ab) >>> 0;
}

/**
 * Runs replication `replication` (1-based) of a scenario: events go through the store to the KPI
 * projection (and to `listener`, e.g. the event log writer, when given).
 * @example const { report } = runReplication(scenario, 42, 1);
 */
export function runReplication(
  scenario: Scenario, seed: number, replication: number, listener?: (event: SimEvent) => void,
): ReplicationResult {
  const store = createEventStore();
  const kpis = kpiProjectionFor(scenario);
  store.subscribe((event, _position, handle) => kpis.apply(event, handle));
  if (listener !== undefined) store.subscribe((event) => listener(event));
  const replicaSeed = replicationSeed(seed, replication);
  const summary = simulate(scenario, replicaSeed, (event, handle) => store.append(event, handle), (handle) => kpis.warm(handle));
  return { replication, seed: replicaSeed, report: kpis.finish(), summary };
}
