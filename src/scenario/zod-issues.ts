import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import { parameterInfo } from './parameter-info.ts';

/** A validation problem with the path it concerns, before it is given a file and line. */
export interface FoundIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const SCHEMA_FILE = 'scenarios/schema.json';

/**
 * Rewrites one zod issue so that it names the value written and says what to write instead.
 * An unrecognised-keys issue becomes one issue per key, located at that key.
 * @example explainZodIssue(issue, { calendar: { years: 2.5 } }) // [{ path: ['calendar', 'years'], message: '2.5 is not a whole number; …' }]
 */
export function explainZodIssue(issue: z.core.$ZodIssue, input: unknown): readonly FoundIssue[] {
  const path = issue.path;
  const value = valueAt(input, path);
  const one = (message: string): readonly FoundIssue[] => [{ path, message }];
  switch (issue.code) {
    case 'invalid_type':
      return one(invalidType(path, issue.expected, value));
    case 'too_small':
    case 'too_big':
      return one(outOfRange(issue, value));
    case 'invalid_format':
      return one(`${shown(value)}: ${issue.message}`);
    case 'not_multiple_of':
      return one(`${shown(value)} is not a multiple of ${issue.divisor}; use a multiple of ${issue.divisor}`);
    case 'unrecognized_keys': {
      const allowed = parameterInfo(path)?.keys ?? [];
      return issue.keys.map((key) => ({ path: [...path, key], message: unrecognisedKey(key, allowed) }));
    }
    case 'invalid_value':
      return one(`expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(value)}`);
    case 'custom':
      // The schema's refinements already say what to do ("reorder the three values"); add what was written.
      return one(`${issue.message} (got ${shown(value)})`);
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return one(`${issue.message}; see ${SCHEMA_FILE} for what is allowed here`);
    default: {
      const unreachable: never = issue;
      return [{ path, message: (unreachable as { message: string }).message }];
    }
  }
}

function invalidType(path: readonly PropertyKey[], expected: string, value: unknown): string {
  const key = String(path[path.length - 1] ?? '');
  if (value === undefined) {
    if (path.length === 1 && key === 'name') return 'missing; every scenario file needs its own name: add "name: <short name>" at the top';
    return `missing; add "${key}:" with ${kindName(expected)} (see ${SCHEMA_FILE})`;
  }
  if (expected === 'int') return `${shown(value)} is not a whole number; write a whole number${example(path)}`;
  if (value === null && expected === 'object') return 'is empty; write its keys indented below it, or delete the line to keep the defaults';
  return `expected ${kindName(expected)}, got ${shown(value)}; ${howToWrite(expected, path)}`;
}

function kindName(expected: string): string {
  switch (expected) {
    case 'number': return 'a number';
    case 'int': return 'a whole number';
    case 'string': return 'text';
    case 'boolean': return 'true or false';
    case 'object': return 'a mapping of keys';
    case 'array': return 'a list';
    default: return expected;
  }
}

function howToWrite(expected: string, path: readonly PropertyKey[]): string {
  switch (expected) {
    case 'number': return `write a number without quotes or units${example(path)}`;
    case 'string': return `write text${example(path)}`;
    case 'boolean': return 'write true or false (without quotes)';
    case 'object': return `write its keys indented below it (see ${SCHEMA_FILE})`;
    case 'array': return `write a list in brackets${example(path)}`;
    default: return `see ${SCHEMA_FILE}`;
  }
}

/** ", e.g. 18 (the default)" when the default is short enough to show. */
function example(path: readonly PropertyKey[]): string {
  const fallback = parameterInfo(path)?.default;
  if (fallback === undefined) return '';
  const text = compact(fallback);
  return text.length <= 60 ? `, e.g. ${text} (the default)` : '';
}

function outOfRange(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive ?? true;
  switch (issue.origin) {
    case 'number':
    case 'int': {
      const bound = small ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
      const fraction = !small && limit === 1 && typeof value === 'number' && value > 1 && value <= 100
        ? ` (shares and chances are fractions: write ${value / 100} for ${value}%)`
        : '';
      return `${shown(value)} is ${small ? 'below the minimum' : 'above the maximum'}; use a number ${bound} ${limit}${fraction}`;
    }
    case 'array': {
      const count = Array.isArray(value) ? value.length : 0;
      const want = issue.exact === true ? `exactly ${limit}` : small ? `at least ${limit}` : `at most ${limit}`;
      const about = parameterInfo(issue.path)?.description;
      return `has ${count} item${count === 1 ? '' : 's'}; give ${want}${about === undefined ? '' : ` — ${about}`}`;
    }
    case 'string':
      return small && limit === 1 ? 'is empty; write some text' : `${shown(value)} is too ${small ? 'short' : 'long'}; use ${small ? 'at least' : 'at most'} ${limit} characters`;
    default:
      return issue.message;
  }
}

function unrecognisedKey(key: string, allowed: readonly string[]): string {
  const near = closestName(key, allowed.filter((name) => name !== key));
  if (near !== undefined) return `unrecognised key "${key}"; did you mean "${near}"? Check the spelling against ${SCHEMA_FILE}`;
  const list = allowed.length > 0 && allowed.length <= 30 ? ` (allowed here: ${allowed.join(', ')})` : '';
  return `unrecognised key "${key}"; check the spelling against ${SCHEMA_FILE}${list}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || typeof segment === 'symbol') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Readonly<Record<string | number, unknown>>)[segment];
  }
  return value;
}

/** The value as the user wrote it, briefly. */
function shown(value: unknown): string {
  if (value === null) return 'nothing';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  return compact(value);
}

/** YAML flow style, short: { min: 9, mode: 2, max: 3 }, [1, 2]. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${compact(v)}`).join(', ')} }`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
