import { describe, expect, it } from 'vitest';
import { compileJourney, JourneyCompileError, journeyMachine } from '../../src/journey/index.ts';
import { journeySetup } from '../../src/journey/setup.ts';
import { initialJourneyContext } from '../../src/journey/context.ts';

describe('compileJourney', () => {
  it('compiles the journey machine into one row per leaf and event type', () => {
    const compiled = compileJourney(journeyMachine);
    expect(compiled.leafPaths).toContain('open.protection.cpPlan');
    expect(compiled.table.length).toBe(compiled.leafPaths.length * compiled.eventIndex.size);
    expect(compiled.leafPaths[compiled.initialLeaf]).toBe('unknown');
    expect(compiled.leafIsFinal.filter(Boolean).length).toBe(1);
  });

  it('refuses a machine with a delayed transition, because the kernel owns time', () => {
    const machine = journeySetup.createMachine({
      id: 'journey', context: initialJourneyContext, initial: 'a',
      states: { a: { after: { 1000: 'b' } }, b: {} },
    });
    expect(() => compileJourney(machine)).toThrow(JourneyCompileError);
    expect(() => compileJourney(machine)).toThrow(/uses after\/always\/invoke/);
  });

  it('refuses a parallel state', () => {
    const machine = journeySetup.createMachine({
      id: 'journey', context: initialJourneyContext, type: 'parallel',
      states: { a: {}, b: {} },
    });
    expect(() => compileJourney(machine)).toThrow(/is parallel/);
  });

  it('refuses an inline guard, which only a name in setup() can share with the table', () => {
    const machine = journeySetup.createMachine({
      id: 'journey', context: initialJourneyContext, initial: 'a',
      states: { a: { on: { 'visit.made': { guard: () => true, target: 'b' } } }, b: {} },
    });
    expect(() => compileJourney(machine)).toThrow(/inline guard/);
  });
});
