/**
 * Property tests of the clock evaluator: agreement with the naive reference, monotonicity of stops, and
 * the invariants every clock keeps.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { JourneyEvent, SimDay } from '../../src/domain/index.ts';
import { applyClockEvent, createClockState, createRuleSet, evaluateClocks } from '../../src/rules/index.ts';
import type { Clock, RuleSet } from '../../src/rules/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { journeyArb, paramsArb } from './arbitraries.ts';
import { naiveEvaluate } from './naive-evaluator.ts';

const DEFAULT_RULES = createRuleSet();

function evaluate(events: readonly JourneyEvent[], rules: RuleSet, asOf: SimDay | undefined): Clock[] {
  return evaluateClocks(events, asOf === undefined ? { rules } : { rules, asOf });
}

describe(`clock evaluator against the naive reference (seed: ${FC_SEED})`, () => {
  test.prop([journeyArb], { numRuns: 300 })('agrees exactly with the default rules', ({ events, asOf }) => {
    expect(evaluate(events, DEFAULT_RULES, asOf)).toStrictEqual(naiveEvaluate(events, DEFAULT_RULES.rules, asOf));
  });

  test.prop([journeyArb, paramsArb], { numRuns: 100 })('agrees exactly with random local-rule parameters', ({ events, asOf }, params) => {
    const rules = createRuleSet(params);
    expect(evaluate(events, rules, asOf)).toStrictEqual(naiveEvaluate(events, rules.rules, asOf));
  });
});

/** Index of the event whose processing emitted a clock equal to `target`. */
function stoppingEvent(events: readonly JourneyEvent[], target: Clock): number {
  const state = createClockState();
  let found = -1;
  events.forEach((e, i) => applyClockEvent(DEFAULT_RULES, state, e, (c) => {
    if (found < 0 && c.ruleId === target.ruleId && c.start === target.start && c.stop === target.stop) found = i;
  }));
  return found;
}

describe(`moving a stop earlier (seed: ${FC_SEED})`, () => {
  // Clocks whose start is not the day of an event before the stop are left out: an ICPC moved before
  // the s47 it belongs to (anchored on the strategy discussion), or a needs assessment moved before the
  // event that revealed the eligible day, would meet no open clock.
  const movable = (c: Clock): boolean => {
    const rule = DEFAULT_RULES.rules[DEFAULT_RULES.compiled.orderOf.get(c.ruleId) ?? -1];
    return c.status === 'met' && c.stop !== undefined && c.stop > c.start && rule?.anchor !== 'lastStrategyDiscussion' && rule?.startsOn === undefined;
  };

  test.prop([journeyArb, fc.nat(), fc.nat()], { numRuns: 200 })('never turns a met clock late', ({ events }, pick, shift) => {
    const met = evaluate(events, DEFAULT_RULES, undefined).filter(movable);
    fc.pre(met.length > 0);
    const clock = met[pick % met.length] as Clock;
    const stop = clock.stop as SimDay;
    const from = stoppingEvent(events, clock);
    expect(from).toBeGreaterThanOrEqual(0);
    const moved = { ...(events[from] as JourneyEvent), day: (clock.start + (shift % (stop - clock.start))) as SimDay } as JourneyEvent;
    const rest = events.filter((_, i) => i !== from);
    // Insert after every event on or before the new day: those all came before the stop originally.
    const at = rest.findIndex((e) => e.day > moved.day);
    const changed = at < 0 ? [...rest, moved] : [...rest.slice(0, at), moved, ...rest.slice(at)];
    const after = evaluate(changed, DEFAULT_RULES, undefined);
    // The same clock now stops on the new day and is still met. (Its successor may start earlier and be
    // judged differently: an early review pulls the next due date forward, statutory-rules.md §2 point 5.)
    const same = after.find((c) => c.ruleId === clock.ruleId && c.start === clock.start && c.due === clock.due && c.stop === moved.day);
    expect(same?.status).toBe('met');
  });
});

describe(`clock invariants (seed: ${FC_SEED})`, () => {
  test.prop([journeyArb], { numRuns: 300 })('hold for every clock of every journey', ({ events, asOf }) => {
    const clocks = evaluate(events, DEFAULT_RULES, asOf);
    for (const c of clocks) {
      expect(c.due).toBeGreaterThanOrEqual(c.start);
      switch (c.status) {
        case 'met':
          expect(c.stop !== undefined && c.stop <= c.due).toBe(true);
          break;
        case 'late':
          if (c.stop !== undefined) expect(c.stop).toBeGreaterThan(c.due);
          break;
        case 'open':
          expect(c.stop).toBeUndefined();
          if (asOf !== undefined) expect(asOf).toBeLessThanOrEqual(c.due);
          break;
        case 'overdue':
          expect(c.stop).toBeUndefined();
          expect(asOf !== undefined && asOf > c.due).toBe(true);
          break;
        default: {
          const unknownStatus: never = c.status;
          throw new Error(`unknown status ${String(unknownStatus)}`);
        }
      }
      expect(c.workingDays !== undefined).toBe(c.stop !== undefined);
    }
    const orderOf = DEFAULT_RULES.compiled.orderOf;
    const keys = clocks.map((c) => [c.start, orderOf.get(c.ruleId) ?? -1, c.due] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
  });
});
