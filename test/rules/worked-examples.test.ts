/**
 * Worked examples: every catalogue rule has at least one on-time and one late example, with real dates.
 */
import { describe, expect, test } from 'vitest';
import { simDayOf } from '../../src/domain/index.ts';
import {
  CATALOGUE, applyClockEvent, createClockState, createRuleSet, evaluateClocks, openClocks,
} from '../../src/rules/index.ts';
import type { Clock } from '../../src/rules/index.ts';
import { contact, ev, row } from './example-support.ts';
import type { WorkedExample } from './example-support.ts';
import { CARE_EXAMPLES } from './examples-care.ts';
import { FRONT_DOOR_EXAMPLES } from './examples-front-door.ts';
import { VISIT_AND_PERMANENCE_EXAMPLES } from './examples-visits-permanence.ts';
import { PRIVATE_FOSTERING_EXAMPLES } from './examples-private-fostering.ts';

const EXAMPLES: readonly WorkedExample[] = [...FRONT_DOOR_EXAMPLES, ...CARE_EXAMPLES, ...VISIT_AND_PERMANENCE_EXAMPLES, ...PRIVATE_FOSTERING_EXAMPLES];

function clocksOf(x: WorkedExample): Clock[] {
  const options = x.asOf === undefined ? {} : { asOf: simDayOf(x.asOf) };
  const rules = x.params === undefined ? undefined : createRuleSet(x.params);
  return evaluateClocks(x.events, rules === undefined ? options : { ...options, rules }).filter((c) => c.ruleId === x.rule);
}

describe('worked examples', () => {
  test.each(EXAMPLES.map((x) => [`${x.rule}: ${x.name}`, x] as const))('%s', (_name, x) => {
    expect(clocksOf(x).map(row)).toEqual(x.clocks);
  });

  test('every catalogue rule has an on-time and a late example, and every example names a catalogue rule', () => {
    const ids = CATALOGUE.map((r) => r.id as string);
    const missing = ids.flatMap((id) => {
      const kinds = new Set(EXAMPLES.filter((x) => x.rule === id).map((x) => x.kind));
      return [...(kinds.has('onTime') ? [] : [`${id}: on time`]), ...(kinds.has('late') ? [] : [`${id}: late`])];
    });
    expect(missing).toEqual([]);
    expect(EXAMPLES.filter((x) => !ids.includes(x.rule)).map((x) => x.rule)).toEqual([]);
  });

  test('on-time examples contain a met clock and late examples a late clock', () => {
    const wrong = EXAMPLES.filter((x) =>
      (x.kind === 'onTime' && !x.clocks.some((c) => c[3] === 'met')) || (x.kind === 'late' && !x.clocks.some((c) => c[3] === 'late')));
    expect(wrong.map((x) => `${x.rule}: ${x.name}`)).toEqual([]);
  });
});

describe('clock details', () => {
  test('working days taken are counted in (start, stop]', () => {
    const clocks = evaluateClocks([ev('2023-04-06', 'assessment.started'), ev('2023-06-15', 'assessment.completed', { outcome: 'cin' })]);
    expect(clocks).toEqual([{ ruleId: 'assessment_45wd', start: simDayOf('2023-04-06'), due: simDayOf('2023-06-15'), stop: simDayOf('2023-06-15'), status: 'met', workingDays: 45 }]);
  });

  test('a same-day stop takes 0 working days, and so does a decision made before the anchored start', () => {
    const sameDay = evaluateClocks([ev('2023-04-06', 'assessment.started'), ev('2023-04-06', 'assessment.completed', { outcome: 'nfa' })]);
    expect(sameDay.map((c) => c.workingDays)).toEqual([0]);
    const saturday = evaluateClocks([contact('2023-01-14'), ev('2023-01-14', 'screening.decided', { outcome: 'nfa' })]);
    expect(saturday.map((c) => [...row(c), c.workingDays])).toEqual([['2023-01-16', '2023-01-17', '2023-01-14', 'met', 0]]);
  });

  test('asOf makes open clocks past their due day overdue, and leaves the others open', () => {
    const events = [ev('2023-04-06', 'assessment.started'), ev('2023-04-20', 'missing.ended')];
    expect(evaluateClocks(events).map(row)).toEqual([
      ['2023-04-06', '2023-06-15', null, 'open'], ['2023-04-20', '2023-04-23', null, 'open'],
    ]);
    expect(evaluateClocks(events, { asOf: simDayOf('2023-06-15') }).map(row)).toEqual([
      ['2023-04-06', '2023-06-15', null, 'open'], ['2023-04-20', '2023-04-23', null, 'overdue'],
    ]);
    expect(evaluateClocks(events, { asOf: simDayOf('2023-06-16') }).map((c) => c.status)).toEqual(['overdue', 'overdue']);
  });

  test('cancel on or before the due day drops the clock; cancel after it is late with no stop', () => {
    const onDue = [ev('2023-07-03', 'placement.started', { place: 'U1', provider: 'PR1' }), ev('2023-07-10', 'care.left', { reason: 'E11' })];
    expect(evaluateClocks(onDue).filter((c) => c.ruleId === 'placement_plan_5wd')).toEqual([]);
    const afterDue = [ev('2023-07-03', 'placement.started', { place: 'U1', provider: 'PR1' }), ev('2023-07-11', 'care.left', { reason: 'E11' })];
    expect(evaluateClocks(afterDue).filter((c) => c.ruleId === 'placement_plan_5wd'))
      .toEqual([{ ruleId: 'placement_plan_5wd', start: simDayOf('2023-07-03'), due: simDayOf('2023-07-10'), status: 'late' }]);
  });

  test('a scorecard clock is dropped on cancel even long after its threshold', () => {
    const events = [ev('2020-01-06', 'care.entered', { legalStatus: 'C2', need: 'N1' }), ev('2023-01-06', 'care.left', { reason: 'E11' })];
    expect(evaluateClocks(events).filter((c) => c.ruleId === 'scorecard_A1')).toEqual([]);
  });

  test('applyClockEvent emits a clock the moment it closes, and openClocks lists the rest', () => {
    const rules = createRuleSet();
    const state = createClockState();
    const emitted: string[] = [];
    const feed = (e: ReturnType<typeof ev>): void => applyClockEvent(rules, state, e, (c) => emitted.push(`${c.ruleId}:${c.status}`));
    feed(ev('2022-05-27', 'strategy.held', { outcome: 's47' }));
    feed(ev('2022-05-30', 's47.started'));
    expect(emitted).toEqual([]);
    expect(openClocks(rules, state).map((c) => c.ruleId)).toEqual(['s47_before_icpc', 'icpc_15wd']);
    feed(ev('2022-06-24', 's47.completed', { outcome: 'nfa' }));
    expect(emitted).toEqual(['s47_before_icpc:late', 'icpc_15wd:late']);
    expect(openClocks(rules, state, simDayOf('2022-07-01'))).toEqual([]);
  });

  test('evaluateClocks refuses events out of day order or of two children', () => {
    expect(() => evaluateClocks([ev('2023-04-07', 'assessment.started'), ev('2023-04-06', 'assessment.started')])).toThrow(/sort one child's events by day/);
    const other = { ...ev('2023-04-07', 'assessment.started'), child: 'C2' } as ReturnType<typeof ev>;
    expect(() => evaluateClocks([ev('2023-04-06', 'assessment.started'), other])).toThrow(/evaluate each child's events separately/);
  });
});
