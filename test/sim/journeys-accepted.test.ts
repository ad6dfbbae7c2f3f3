/**
 * Every journey the simulator generates is accepted by the journey machine, over seeds and over
 * scenarios with random levers and mechanisms. The simulator already fails loudly on an illegal
 * event; this re-checks each child's stream independently with replayJourney, and a sample of
 * children with XState's own transition() (the rulebook, not the compiled table).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { initialTransition, transition } from 'xstate';
import type { JourneyEvent } from '../../src/domain/index.ts';
import { compiledJourney, journeyMachine, replayJourney } from '../../src/journey/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { FC_SEED } from '../support/seed.ts';
import * as smallScenarioModule from '../support/small-scenario.ts';
import { smallScenario } from '../support/small-scenario.ts';

const levers = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  mechanisms: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  turnover: fc.double({ min: 0, max: 0.6, noNaN: true }),
  caseloadFactor: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  chairs: fc.integer({ min: 1, max: 3 }),
  handoffs: fc.integer({ min: 0, max: 5 }),
  missChance: fc.double({ min: 0, max: 0.4, noNaN: true }),
  premature: fc.double({ min: 0, max: 0.6, noNaN: true }),
});

type Levers = typeof levers extends fc.Arbitrary<infer T> ? T : never;

function scenarioFrom(l: Levers): Scenario {
  const s = smallScenario(8, 1, 1);
  const names = Object.keys(s.mechanisms) as (keyof Scenario['mechanisms'])[];
  const team = (t: Scenario['workforce']['assessment']) => ({ ...t, annualTurnover: l.turnover, caseloadTarget: t.caseloadTarget * l.caseloadFactor });
  return {
    ...s,
    mechanisms: Object.fromEntries(names.map((name, i) => [name, l.mechanisms[i] ?? true])) as Scenario['mechanisms'],
    riskDynamics: { ...s.riskDynamics, prematureEndingChance: l.premature },
    workforce: {
      ...s.workforce,
      assessment: team(s.workforce.assessment), protection: team(s.workforce.protection),
      lookedAfter: team(s.workforce.lookedAfter), leavingCare: team(s.workforce.leavingCare),
      chairs: { ...s.workforce.chairs, count: l.chairs },
      frontDoor: { ...s.workforce.frontDoor, handoffs: l.handoffs },
      oversight: { ...s.workforce.oversight, missChance: l.missChance },
    },
  };
}

describe(`every generated journey is accepted by the journey machine (seed: ${FC_SEED})`, () => {
  test.prop([levers], { numRuns: 12 })('over seeds and scenarios', (l) => {
    const byChild = new Map<string, JourneyEvent[]>();
    simulate(scenarioFrom(l), l.seed, (event) => {
      if (!('child' in event)) return;
      const list = byChild.get(event.child);
      if (list === undefined) byChild.set(event.child, [event]);
      else list.push(event);
    });
    expect(byChild.size).toBeGreaterThan(100);
    let checkedWithXState = 0;
    for (const events of byChild.values()) {
      const replay = replayJourney(events);
      expect(replay.ok, replay.ok ? '' : replay.error.message).toBe(true);
      if (checkedWithXState < 15 && events.length > 12) {
        checkedWithXState += 1;
        let snapshot = initialTransition(journeyMachine)[0];
        for (const event of events) {
          expect(snapshot.can(event), `${event.child} ${event.type}`).toBe(true);
          snapshot = transition(journeyMachine, snapshot, event)[0];
        }
        expect(snapshot.value).toEqual(replay.ok ? compiledJourney().leafValues[replay.state.leaf] : 'replay failed');
      }
    }
  });
});

describe('the full baseline (regression)', () => {
  it('runs its whole horizon at seed 42 without an illegal event (a child who turned 18 once came back into care)', () => {
    const { baselineScenario } = smallScenarioModule;
    const summary = simulate(baselineScenario(), 42, () => undefined);
    expect(summary.events).toBeGreaterThan(500_000);
  });
});
