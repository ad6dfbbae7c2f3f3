/**
 * Small scenarios for tests: the baseline scaled down (children, demand, staff, chairs, IROs,
 * screeners, CAMHS places and private fostering alike), so a replication takes a fraction of a
 * second and queues stay as stable as in the full-size authority.
 */
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { loadScenario, type Scenario } from '../../src/scenario/index.ts';

let baseline: Scenario | undefined;

/** The baseline scenario as shipped. */
export function baselineScenario(): Scenario {
  baseline ??= loadScenario('baseline', fileScenarioSource(SCENARIOS_DIR));
  return baseline;
}

/** The baseline at `1/divisor` of its size, with the given warm-up and report years. */
export function smallScenario(divisor = 4, warmupYears = 2, years = 1): Scenario {
  const s = baselineScenario();
  const team = (t: Scenario['workforce']['assessment']) => ({ ...t, establishmentFte: t.establishmentFte / divisor });
  const w = s.workforce;
  return {
    ...s,
    name: `baseline-1-in-${divisor}`,
    calendar: { ...s.calendar, warmupYears, years },
    population: { ...s.population, children: Math.round(s.population.children / divisor) },
    demand: {
      ...s.demand,
      newChildContactsPerYear: s.demand.newChildContactsPerYear / divisor,
      policeNotificationsPerYear: s.demand.policeNotificationsPerYear / divisor,
    },
    camhs: { ...s.camhs, treatmentPlaces: s.camhs.treatmentPlaces === 0 ? 0 : Math.max(1, Math.round(s.camhs.treatmentPlaces / divisor)) },
    privateFostering: { ...s.privateFostering, notificationsPerYear: s.privateFostering.notificationsPerYear / divisor },
    workforce: {
      ...w,
      assessment: team(w.assessment), protection: team(w.protection), lookedAfter: team(w.lookedAfter), leavingCare: team(w.leavingCare),
      adoption: team(w.adoption),
      frontDoor: { ...w.frontDoor, screeners: w.frontDoor.screeners / divisor },
      chairs: { ...w.chairs, count: Math.max(1, Math.round(w.chairs.count / divisor)) },
      iros: { ...w.iros, count: Math.max(1, Math.round(w.iros.count / divisor)) },
    },
  };
}

/** Every drift mechanism switched off (ARCHITECTURE D6). */
export function withoutMechanisms(s: Scenario): Scenario {
  const off = Object.fromEntries(Object.keys(s.mechanisms).map((k) => [k, false])) as Scenario['mechanisms'];
  return { ...s, name: `${s.name}-no-drift`, mechanisms: off };
}
