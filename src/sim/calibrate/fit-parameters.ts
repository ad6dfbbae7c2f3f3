import { produce } from 'immer';
import { closestName } from '../../scenario/closest-name.ts';
import { scenarioJsonSchema } from '../../scenario/index.ts';
import type { Scenario } from '../../scenario/schema.ts';

/** A parameter to fit: a number in the scenario, named by its dot path, with the schema's bounds. */
export interface FitParameter {
  /** As the user wrote it, e.g. `workforce.assessment.annualTurnover` or `demand.seasonality.9`. */
  readonly name: string;
  readonly path: readonly (string | number)[];
  readonly start: number;
  readonly lower: number;
  readonly upper: number;
  readonly description: string | undefined;
}

/** A parameter name that cannot be fitted; the message says what to give instead. */
export class FitParameterError extends Error {
  override readonly name = 'FitParameterError';
}

type SchemaNode = Readonly<Record<string, unknown>>;

/**
 * Bounds kept off an exclusive limit (a `positive()` parameter is never evaluated at 0): this
 * share of the limit's size, or of 1 at zero.
 */
const EXCLUSIVE_MARGIN = 1e-6;

/**
 * Resolves `a.b.c` names to numbers in the scenario and their bounds (minimum and maximum in the
 * scenario JSON Schema, which zod generates from the same definitions that validate scenarios).
 * Whole-number parameters are refused: a simplex search moves in fractions.
 * @example fitParameters(scenario, ['workforce.assessment.annualTurnover'])[0] // { start: 0.16, lower: 0, upper: 1, … }
 * @throws FitParameterError naming the parameter and what to write instead
 */
export function fitParameters(scenario: Scenario, names: readonly string[]): FitParameter[] {
  const schema = scenarioJsonSchema();
  const seen = new Set<string>();
  return names.map((name) => {
    if (seen.has(name)) throw new FitParameterError(`parameter ${name} is named twice; name each parameter once`);
    seen.add(name);
    return resolve(scenario, schema, name);
  });
}

function resolve(scenario: Scenario, schema: SchemaNode, name: string): FitParameter {
  const segments = name.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (segments.some((s) => s === '')) throw new FitParameterError(`"${name}" is not a parameter path; write keys joined by dots, e.g. workforce.assessment.annualTurnover`);
  let node: SchemaNode = schema;
  let value: unknown = scenario;
  const path: (string | number)[] = [];
  for (const segment of segments) {
    const here = path.length === 0 ? 'the scenario' : path.join('.');
    if (Array.isArray(value)) {
      const index = /^\d+$/.test(segment) ? Number(segment) : -1;
      if (index < 0 || index >= value.length) throw new FitParameterError(`${here} is a list of ${value.length}; name an item by its position 0–${value.length - 1}, e.g. ${here}.0`);
      path.push(index);
      value = value[index];
      node = asNode(node['items']) ?? {};
      continue;
    }
    if (typeof value !== 'object' || value === null) throw new FitParameterError(`${here} is a single value; ${name} goes below it — name ${here} itself`);
    const keys = Object.keys(value);
    if (!keys.includes(segment)) {
      const near = closestName(segment, keys);
      throw new FitParameterError(`${here} has no parameter "${segment}"${near === undefined ? `; its keys are ${keys.join(', ')}` : `; did you mean ${[...path, near].join('.')}?`}`);
    }
    path.push(segment);
    value = (value as Readonly<Record<string, unknown>>)[segment];
    node = asNode(asNode(node['properties'])?.[segment]) ?? asNode(node['additionalProperties']) ?? {};
  }
  if (typeof value !== 'number') {
    const inside = typeof value === 'object' && value !== null ? `; fit one of its numbers, e.g. ${name}.${Object.keys(value)[0] ?? ''}` : '';
    throw new FitParameterError(`${name} is not a number${inside}`);
  }
  if (node['type'] === 'integer') {
    throw new FitParameterError(`${name} is a whole number, which a simplex search cannot fit; set it by hand and fit the rest`);
  }
  const description = node['description'];
  return { name, path, start: value, ...boundsOf(node), description: typeof description === 'string' ? description : undefined };
}

function boundsOf(node: SchemaNode): { lower: number; upper: number } {
  const number = (key: string): number | undefined => (typeof node[key] === 'number' ? node[key] : undefined);
  const margin = (limit: number): number => EXCLUSIVE_MARGIN * Math.max(1, Math.abs(limit));
  const exclusiveLow = number('exclusiveMinimum');
  const exclusiveHigh = number('exclusiveMaximum');
  const lower = number('minimum') ?? (exclusiveLow === undefined ? -Infinity : exclusiveLow + margin(exclusiveLow));
  const upper = number('maximum') ?? (exclusiveHigh === undefined ? Infinity : exclusiveHigh - margin(exclusiveHigh));
  return { lower, upper };
}

function asNode(value: unknown): SchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SchemaNode) : undefined;
}

/**
 * The scenario with the parameters set to `values` (a lever change as an immer `produce`, D11);
 * the scenario given is not changed.
 * @example withParameters(scenario, parameters, [0.2]).workforce.assessment.annualTurnover // 0.2
 */
export function withParameters(scenario: Scenario, parameters: readonly FitParameter[], values: readonly number[]): Scenario {
  return produce(scenario, (draft) => {
    parameters.forEach((parameter, i) => {
      let node = draft as unknown as Record<string | number, unknown>;
      for (const segment of parameter.path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
      const last = parameter.path[parameter.path.length - 1];
      if (last !== undefined) node[last] = values[i];
    });
  });
}

/**
 * The first simplex step of a parameter: a tenth of its start value, or of its range when it
 * starts at zero, and never more than half its range.
 * @example initialStep({ start: 0.16, lower: 0, upper: 1 }) // 0.016
 */
export function initialStep(parameter: Pick<FitParameter, 'start' | 'lower' | 'upper'>): number {
  const range = parameter.upper - parameter.lower;
  const base = parameter.start !== 0 ? Math.abs(parameter.start) * 0.1 : Number.isFinite(range) ? range * 0.1 : 0.1;
  return Number.isFinite(range) && range > 0 ? Math.min(base, range / 2) : base;
}
