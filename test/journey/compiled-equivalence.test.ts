import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { JourneyEvent } from '../../src/domain/index.ts';
import { compileJourney, createJourneyState, journeyMachine, stepJourney } from '../../src/journey/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { ENDING_PREFIXES, shortestPathPrefixes, walk } from '../support/journey-walks.ts';

const compiled = compileJourney(journeyMachine);
const visitedLeaves = new Set<number>();
const prefixes = shortestPathPrefixes();

/**
 * Drives the same events through the compiled table and through XState's own pure `transition()`,
 * requiring the same acceptance, state value, context and status at every step (ARCHITECTURE D2).
 * Acceptance on the XState side is `snapshot.can(event)` on an active snapshot: `transition()` on
 * a done snapshot would still run root-level handlers (tech-notes §1.3), which the machine avoids
 * by having none, and which this check would catch.
 */
function expectSameJourney(events: readonly JourneyEvent[]): void {
  let snapshot: AnyMachineSnapshot = initialTransition(journeyMachine)[0];
  const state = createJourneyState(compiled);
  expect(snapshot.value).toEqual(compiled.leafValues[state.leaf]);
  events.forEach((event, i) => {
    const xstateAccepts = snapshot.status === 'active' && snapshot.can(event);
    const before = snapshot;
    snapshot = transition(journeyMachine, snapshot, event)[0];
    const compiledAccepts = stepJourney(compiled, state, event);
    const where = `step ${i} (${event.type} ${JSON.stringify(event.data)})`;
    expect(compiledAccepts, `acceptance at ${where}`).toBe(xstateAccepts);
    if (!xstateAccepts) expect(snapshot.value, `state unchanged at ${where}`).toEqual(before.value);
    expect(snapshot.value, `value at ${where}`).toEqual(compiled.leafValues[state.leaf]);
    expect(snapshot.context, `context at ${where}`).toEqual(state.context);
    expect(snapshot.status === 'done', `status at ${where}`).toBe(compiled.leafIsFinal[state.leaf]);
    visitedLeaves.add(state.leaf);
  });
}

const choices = fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { minLength: 1, maxLength: 60 });

describe(`compiled journey table equals xstate transition() (seed: ${FC_SEED})`, () => {
  test('xstate/graph finds a path to every state', () => {
    expect(prefixes.length).toBe(compiled.leafPaths.length);
  });

  test.prop([fc.constantFrom(...prefixes), choices], { numRuns: 500 })('on legal walks from every state', (prefix, cs) => {
    expectSameJourney(walk(compiled, cs, 'legal', prefix));
  });

  test.prop([choices], { numRuns: 400 })('on walks with illegal events mixed in', (cs) => {
    expectSameJourney(walk(compiled, cs, 'mixed'));
  });

  test.prop([fc.constantFrom(...ENDING_PREFIXES), choices], { numRuns: 200 })(
    'on events after the journey is done',
    (prefix, cs) => {
      expectSameJourney(walk(compiled, cs, 'mixed', prefix));
    },
  );

  test('the walks above reached every state of the machine', () => {
    const missed = compiled.leafPaths.filter((_, i) => !visitedLeaves.has(i));
    expect(missed).toEqual([]);
  });
});
