import type { Scenario } from './schema.ts';

/**
 * The resolved scenario as stable JSON: keys sorted at every level, no whitespace. Two scenario
 * files that resolve to the same parameters (whatever their layout, comments, key order or
 * `extends` chain) give the same text, so its hash identifies a run's inputs in the runs database.
 * @example canonicalScenarioText(loadScenario('baseline', source)) // '{"calendar":{"start":"2016-04-01",…'
 */
export function canonicalScenarioText(scenario: Scenario): string {
  return canonical(scenario);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonical(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    const fields = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`);
    return `{${fields.join(',')}}`;
  }
  // Scenario values are validated strings, finite numbers and booleans, which JSON writes exactly.
  return JSON.stringify(value);
}
