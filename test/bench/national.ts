/**
 * `npm run bench`: the England-sized workload (ARCHITECTURE §7; issue: simulator, point 11).
 *
 * 1. drift end to end: the baseline authority scaled to England (about 12 million children and
 *    650,000 referrals a year), 10 simulated years, one replication; every event goes through the
 *    journey machine, the store and the KPI projection (clocks included).
 * 2. A hand-written baseline loop over the same arrivals: the same seeded Poisson arrival stream,
 *    each child a few integer states advanced on a typed-array heap, no journey machine, no clocks,
 *    no store. It is the practical ceiling of a JavaScript event loop on this machine.
 *
 * Prints the events, events per second of both, their ratio, and the peak resident memory.
 * Usage: npm run bench [-- --scale 0.1] (scale 1 = England).
 */
import { performance } from 'node:perf_hooks';
import { applyHeapPolicy } from '../../src/cli/heap-policy.ts';
import { applyInliningPolicy } from '../../src/cli/inlining-policy.ts';
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { loadScenario, type Scenario } from '../../src/scenario/index.ts';
import { runReplication } from '../../src/sim/run-replication.ts';
import { simulatedPeriod } from '../../src/sim/simulate.ts';
import { baselineLoop } from './baseline-loop.ts';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** The baseline authority (100,000 children) scaled to `children`, with `years` simulated in all. */
export function nationalScenario(base: Scenario, factor: number, years: number): Scenario {
  const team = (t: Scenario['workforce']['assessment']) => ({ ...t, establishmentFte: t.establishmentFte * factor });
  const w = base.workforce;
  return {
    ...base,
    name: `england-x${factor}`,
    calendar: { ...base.calendar, warmupYears: 2, years: years - 2 },
    population: { ...base.population, children: Math.round(base.population.children * factor) },
    demand: {
      ...base.demand,
      newChildContactsPerYear: base.demand.newChildContactsPerYear * factor,
      policeNotificationsPerYear: base.demand.policeNotificationsPerYear * factor,
    },
    camhs: { ...base.camhs, treatmentPlaces: Math.round(base.camhs.treatmentPlaces * factor) },
    privateFostering: { ...base.privateFostering, notificationsPerYear: base.privateFostering.notificationsPerYear * factor },
    workforce: {
      ...w,
      assessment: team(w.assessment), protection: team(w.protection), lookedAfter: team(w.lookedAfter), leavingCare: team(w.leavingCare),
      adoption: team(w.adoption),
      frontDoor: { ...w.frontDoor, screeners: w.frontDoor.screeners * factor },
      chairs: { ...w.chairs, count: Math.round(w.chairs.count * factor) },
      iros: { ...w.iros, count: Math.round(w.iros.count * factor) },
    },
  };
}

/** The young generation this process runs with: drift's entry points give it 128 MB semi-spaces (README decision 24). */
function youngGeneration(): string {
  const flag = process.execArgv.find((a) => a.startsWith('--max-semi-space-size'));
  return flag === undefined
    ? "V8's default (16 MB semi-spaces): not how drift runs; use npm run bench, which passes --max-semi-space-size=128"
    : `${flag.split('=')[1] ?? '?'} MB semi-spaces, as the drift command runs`;
}

if (process.argv[1]?.endsWith("national.ts")) main();
function main(): void {
// The memory and inlining policies the drift command runs with (src/cli/heap-policy.ts, inlining-policy.ts).
applyHeapPolicy();
applyInliningPolicy();
const scale = argument('scale', 1);
const years = argument('years', 10);
const base = loadScenario('baseline', fileScenarioSource(SCENARIOS_DIR));
// England has about 12.1 million children; the baseline authority 100,000.
const scenario = nationalScenario(base, 121 * scale, years);
const { startDay, endDay } = simulatedPeriod(scenario);

let t0 = performance.now();
const result = runReplication(scenario, 1, 1);
const driftSeconds = (performance.now() - t0) / 1000;
const driftRss = process.resourceUsage().maxRSS / 1024;
const referralsPerYear = (result.report.years.reduce((sum, y) => sum + (y.values['referrals'] ?? 0), 0)) / Math.max(1, result.report.years.length);

t0 = performance.now();
const loop = baselineLoop(scenario, 1, startDay, endDay);
const loopSeconds = (performance.now() - t0) / 1000;

const driftRate = result.summary.events / driftSeconds;
const loopRate = loop.events / loopSeconds;
const lines = [
  `drift bench: ${scenario.population.children.toLocaleString('en-GB')} children, ${years} simulated years, one replication (seed 1)`,
  `  referrals a year (report years): ${Math.round(referralsPerYear).toLocaleString('en-GB')}; children contacted: ${result.summary.children.toLocaleString('en-GB')}; peak open or returning cases: ${result.summary.peakCases.toLocaleString('en-GB')}`,
  `  drift end to end:      ${result.summary.events.toLocaleString('en-GB')} events in ${driftSeconds.toFixed(1)} s = ${Math.round(driftRate).toLocaleString('en-GB')} events/s`,
  `  hand-written loop:     ${loop.events.toLocaleString('en-GB')} events in ${loopSeconds.toFixed(1)} s = ${Math.round(loopRate).toLocaleString('en-GB')} events/s (same arrivals)`,
  `  ratio drift / loop:    ${(driftRate / loopRate).toFixed(3)}`,
  `  peak RSS:              ${Math.round(driftRss).toLocaleString('en-GB')} MB (after drift); ${Math.round(process.resourceUsage().maxRSS / 1024).toLocaleString('en-GB')} MB at the end`,
  `  young generation:      ${youngGeneration()}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
}
