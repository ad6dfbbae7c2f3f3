import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isDraft } from 'immer';
import { compileJourney, createJourneyState, journeyHistory, journeyMachine, stepJourney } from '../../src/journey/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { shortestPathPrefixes, walk } from '../support/journey-walks.ts';

const compiled = compileJourney(journeyMachine);
const prefixes = shortestPathPrefixes();
const choices = fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { minLength: 1, maxLength: 40 });

describe(`journeyHistory (immer) and the mutable hot path give the same journey (seed: ${FC_SEED})`, () => {
  test.prop([fc.constantFrom(...prefixes), choices], { numRuns: 200 })('step by step', (prefix, cs) => {
    const events = walk(compiled, cs, 'legal', prefix);
    const plain = createJourneyState(compiled);
    const history = journeyHistory(events);
    let step = 0;
    for (const event of events) {
      if (!stepJourney(compiled, plain, event)) break;
      const recorded = history.steps[step];
      expect(recorded?.state).toEqual(plain);
      expect(isDraft(recorded?.state)).toBe(false);
      step += 1;
    }
    expect(history.steps.length).toBe(step);
    expect(history.error === null).toBe(step === events.length);
  });

  test.prop([fc.constantFrom(...prefixes), choices], { numRuns: 100 })('earlier steps are frozen and unchanged by later ones', (prefix, cs) => {
    const events = walk(compiled, cs, 'legal', prefix);
    const history = journeyHistory(events);
    const first = history.steps[0];
    if (first === undefined) return;
    const copy = structuredClone(first.state);
    expect(Object.isFrozen(first.state.context)).toBe(true);
    expect(journeyHistory(events).steps[0]?.state).toEqual(copy);
    expect(first.state).toEqual(copy);
  });
});
