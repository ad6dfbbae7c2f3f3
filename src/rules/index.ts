/**
 * Statutory timescales as data and the pure clock evaluator (ARCHITECTURE.md D5).
 * Imports only src/domain and src/calendar.
 */
export { ruleId, DEFAULT_LOCAL_RULES } from './rule-types.ts';
export type {
  Anchor, Condition, DerivedStart, EventMatcher, FieldTest, FieldValue, Limit, LimitAlternative, LimitUnit,
  LocalParameterName, LocalRuleParameters, RuleId, Stage, TimescaleRule,
} from './rule-types.ts';
export { CONDITIONS, CONDITION_NAMES, compileCondition, holds } from './conditions.ts';
export type { ConditionName, ConditionSpec, ConditionTest } from './conditions.ts';
export { createChildContext, updateChildContext, inQualifyingCare } from './child-context.ts';
export type { ChildContext, PlacementContext } from './child-context.ts';
export { CATALOGUE, EXCLUDED_RULES } from './catalogue.ts';
export type { ExcludedRule } from './catalogue.ts';
export { createRuleSet } from './rule-set.ts';
export type { RuleSet, CompiledRules, EventIndex, Trigger, DataTest, RulePlan, LimitPlan } from './rule-set.ts';
export { dueDay } from './due-day.ts';
export { ELIGIBLE_CHILD_DAYS } from './eligibility.ts';
// The calendar's span, so that a scenario's dates can be checked against it when it is read.
export { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../calendar/index.ts';
export { compareClocks } from './clock.ts';
export type { Clock, ClockStatus } from './clock.ts';
export { ClockRecord, INLINE_CLOCKS, clockDue, clockRule, createClockState } from './clock-state.ts';
export type { ClockState } from './clock-state.ts';
export { applyClockEvent, applyClockEventTo, openClocks, evaluateClocks, defaultRuleSet } from './evaluator.ts';
export type { ClockSink, EvaluateOptions } from './evaluator.ts';
