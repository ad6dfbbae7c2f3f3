/**
 * A rule set: the catalogue with a scenario's local-rule parameters applied, plus an index of
 * matchers by event type, built once so that the evaluator never scans rules an event cannot touch.
 */
import { EVENT_FIELDS, EVENT_TYPES } from '../domain/event-fields.ts';
import type { EventType } from '../domain/events.ts';
import { CATALOGUE } from './catalogue.ts';
import { compileCondition } from './conditions.ts';
import type { ConditionTest } from './conditions.ts';
import { DEFAULT_LOCAL_RULES } from './rule-types.ts';
import type {
  Anchor, EventMatcher, FieldValue, Limit, LimitAlternative, LocalRuleParameters, RuleId, TimescaleRule,
} from './rule-types.ts';

/** A test of an event's data, compiled from the matchers of one rule for one event type. */
export type DataTest = (data: Readonly<Record<string, unknown>>) => boolean;

/** One rule's interest in one event type. */
export interface Trigger {
  /** Index of the rule in `RuleSet.rules`. */
  readonly rule: number;
  readonly test: DataTest;
  /** One of the matchers has no `where`, so `test` passes every event of the type (the evaluator skips the call). */
  readonly matchesAll: boolean;
}

/** A limit alternative with its condition compiled (the last has none). */
export interface LimitPlan {
  readonly when: ConditionTest | undefined;
  readonly limit: Limit;
}

/**
 * What the evaluator reads of one rule for each clock, compiled once so that the hot path makes no
 * type tests on the record (every plan has the same shape).
 */
export interface RulePlan {
  readonly id: RuleId;
  readonly when: ConditionTest | undefined;
  readonly limits: readonly LimitPlan[];
  readonly anchor: Anchor | undefined;
  /** `onlyWhenStopped`: a cancelled clock is dropped, never late. */
  readonly dropOnCancel: boolean;
  /** The rules whose `after` names this one (= `CompiledRules.successors` of it). */
  readonly successors: readonly number[];
}

/** What an event type can do: stop, cancel or start clocks of the listed rules. */
export interface EventIndex {
  readonly stops: readonly Trigger[];
  readonly cancels: readonly Trigger[];
  readonly starts: readonly Trigger[];
}

/** The precompiled form the evaluator uses. */
export interface CompiledRules {
  readonly byType: { readonly [K in EventType]: EventIndex };
  /** successors[i]: the rules whose `after` names rule i. */
  readonly successors: readonly (readonly number[])[];
  /** Rules with a derived start (`startsOn`). */
  readonly derived: readonly number[];
  readonly orderOf: ReadonlyMap<RuleId, number>;
  /** plans[i]: rule i compiled for the evaluator. */
  readonly plans: readonly RulePlan[];
}

/** The rule records with limits resolved from the parameters, and their index. */
export interface RuleSet {
  readonly rules: readonly TimescaleRule[];
  readonly parameters: LocalRuleParameters;
  readonly compiled: CompiledRules;
}

function checkParameters(params: LocalRuleParameters): void {
  for (const [name, value] of Object.entries(params)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`local rule parameter ${name} must be a whole number of at least 1, got ${String(value)}; ` +
        `omit it to use the default ${String(DEFAULT_LOCAL_RULES[name as keyof LocalRuleParameters])}`);
    }
  }
}

function checkLimit(rule: TimescaleRule, limit: Limit): void {
  if (!Number.isInteger(limit.amount) || limit.amount < 1) {
    throw new RangeError(`rule ${rule.id}: limit amount must be a whole number of at least 1, got ${limit.amount}`);
  }
  if (limit.beginningWith === true && limit.unit !== 'days' && limit.unit !== 'weeks') {
    throw new RangeError(`rule ${rule.id}: beginningWith applies to days or weeks only; express the limit in days`);
  }
}

function checkRule(rule: TimescaleRule, ids: ReadonlySet<string>): void {
  if (rule.start.length === 0 && rule.after === undefined && rule.startsOn === undefined) {
    throw new RangeError(`rule ${rule.id} can never start; give it start events, an after list or startsOn`);
  }
  if (rule.startsOn !== undefined && (rule.start.length > 0 || rule.after !== undefined)) {
    throw new RangeError(`rule ${rule.id}: a derived start (startsOn) cannot be combined with start events or after; make two rules`);
  }
  for (const id of rule.after ?? []) {
    if (!ids.has(id)) throw new RangeError(`rule ${rule.id}: after names unknown rule ${id}; use an id of the rule set`);
  }
  for (const m of [...rule.start, ...rule.stop, ...rule.cancel]) {
    if (m.where !== undefined && !Object.prototype.hasOwnProperty.call(EVENT_FIELDS[m.type], m.where.field)) {
      throw new RangeError(`rule ${rule.id}: ${m.type} has no data field ${m.where.field}; see EVENT_FIELDS in src/domain/event-fields.ts`);
    }
  }
  if (Array.isArray(rule.limit)) {
    const alternatives = rule.limit as readonly LimitAlternative[];
    const last = alternatives[alternatives.length - 1];
    if (last === undefined || last.when !== undefined) {
      throw new RangeError(`rule ${rule.id}: the last limit alternative must have no condition, so that one always applies`);
    }
    for (const a of alternatives) checkLimit(rule, a.limit);
  } else {
    checkLimit(rule, rule.limit as Limit);
  }
  if (rule.local !== undefined && Array.isArray(rule.limit)) {
    throw new RangeError(`rule ${rule.id}: a local rule takes one limit whose amount is the parameter ${rule.local}`);
  }
}

function resolve(rule: TimescaleRule, params: LocalRuleParameters): TimescaleRule {
  if (rule.local === undefined) return rule;
  return { ...rule, limit: { ...(rule.limit as Limit), amount: params[rule.local] } };
}

function compileTest(matchers: readonly EventMatcher[]): DataTest {
  const tests = matchers.map((m): DataTest => {
    const where = m.where;
    if (where === undefined) return () => true;
    const values: readonly FieldValue[] = 'in' in where ? where.in : where.notIn;
    const field = where.field;
    const positive = 'in' in where;
    // An absent field is never `in` a list and always `notIn` it.
    return (data) => values.includes(data[field] as FieldValue) === positive;
  });
  if (tests.length === 1) return tests[0] as DataTest;
  return (data) => tests.some((t) => t(data));
}

function triggersFor(rules: readonly TimescaleRule[], type: EventType, pick: (r: TimescaleRule) => readonly EventMatcher[]): Trigger[] {
  const triggers: Trigger[] = [];
  rules.forEach((rule, i) => {
    const matchers = pick(rule).filter((m) => m.type === type);
    if (matchers.length > 0) {
      triggers.push({ rule: i, test: compileTest(matchers), matchesAll: matchers.some((m) => m.where === undefined) });
    }
  });
  return triggers;
}

function planOf(rule: TimescaleRule, successors: readonly number[]): RulePlan {
  const limits: LimitPlan[] = Array.isArray(rule.limit)
    ? (rule.limit as readonly LimitAlternative[]).map((a) => ({ when: a.when === undefined ? undefined : compileCondition(a.when), limit: a.limit }))
    : [{ when: undefined, limit: rule.limit as Limit }];
  return {
    id: rule.id,
    when: rule.when === undefined ? undefined : compileCondition(rule.when),
    limits,
    anchor: rule.anchor,
    dropOnCancel: rule.onlyWhenStopped === true,
    successors,
  };
}

/**
 * Builds a rule set from the catalogue (or given rules) with local-rule parameters, checking every record.
 * @example const rules = createRuleSet({ cpVisitWorkingDays: 15 });
 */
export function createRuleSet(params: Partial<LocalRuleParameters> = {}, catalogue: readonly TimescaleRule[] = CATALOGUE): RuleSet {
  for (const name of Object.keys(params)) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_LOCAL_RULES, name)) {
      throw new RangeError(`unknown local rule parameter ${name}; use one of ${Object.keys(DEFAULT_LOCAL_RULES).join(', ')}`);
    }
  }
  const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
  const parameters: LocalRuleParameters = { ...DEFAULT_LOCAL_RULES, ...given };
  checkParameters(parameters);
  const ids = new Set<string>();
  for (const rule of catalogue) {
    if (ids.has(rule.id)) throw new RangeError(`rule id ${rule.id} appears twice; each rule of statutory-rules.md §1 is one record`);
    ids.add(rule.id);
  }
  for (const rule of catalogue) checkRule(rule, ids);
  const rules = catalogue.map((r) => resolve(r, parameters));
  const orderOf = new Map<RuleId, number>(rules.map((r, i) => [r.id, i]));
  const successors = rules.map((r) => rules.flatMap((s, j) => ((s.after ?? []).includes(r.id) ? [j] : [])));
  const byType = {} as Record<EventType, EventIndex>;
  for (const type of EVENT_TYPES) {
    byType[type] = {
      stops: triggersFor(rules, type, (r) => r.stop),
      cancels: triggersFor(rules, type, (r) => r.cancel),
      starts: triggersFor(rules, type, (r) => r.start),
    };
  }
  const derived = rules.flatMap((r, i) => (r.startsOn === undefined ? [] : [i]));
  const plans = rules.map((r, i) => planOf(r, successors[i] ?? []));
  return { rules, parameters, compiled: { byType, successors, derived, orderOf, plans } };
}
