/**
 * The input edge (ARCHITECTURE D8): scenario YAML → zod → `Scenario`, with `extends`, errors as
 * `file:line: path: message`, and the JSON Schema for editors. Imports only src/domain, src/rules,
 * zod and yaml; files are read through an injected `ScenarioSource`.
 */
export { scenarioSchema, calendarSchema, localRulesSchema, type Scenario } from './schema.ts';
export type { Bounded, Spread, Logistic } from './schema-parts.ts';
export { loadScenario } from './load.ts';
export type { ScenarioSource } from './scenario-source.ts';
export { ScenarioError, formatIssue, formatPath, type ScenarioIssue } from './scenario-error.ts';
export { canonicalScenarioText } from './canonical.ts';
export { scenarioJsonSchema, scenarioJsonSchemaText, SCENARIO_SCHEMA_ID } from './json-schema.ts';
export { calendarStartProblem } from './calendar-start.ts';
