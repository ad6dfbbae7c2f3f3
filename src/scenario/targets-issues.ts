import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import { TARGET_HINTS, TARGET_KEYS, TARGETS_FILE_KEYS, TOLERANCE_KEYS } from './targets-schema.ts';
import type { FoundIssue } from './zod-issues.ts';

/**
 * Rewrites a zod issue about a targets file so that it names what was written and says what to
 * write instead. (Scenario issues have their own explainer, which points at the scenario schema.)
 * @example explainTargetIssue(issue, input) // [{ path: ['targets', 0, 'value'], message: 'expected a number, got "71%"; write …' }]
 */
export function explainTargetIssue(issue: z.core.$ZodIssue, input: unknown): readonly FoundIssue[] {
  const path = issue.path;
  const key = lastKey(path);
  const value = valueAt(input, path);
  const hint = TARGET_HINTS[key] ?? 'see the targets file format in the README';
  const one = (message: string): readonly FoundIssue[] => [{ path, message }];
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return one(`missing; add "${key}:" with ${hint}`);
      return one(`expected ${kindName(issue.expected)}, got ${shown(value)}; write ${hint}`);
    case 'too_small':
      if (issue.origin === 'array') return one(`has no rows; list at least one target (${TARGET_HINTS['targets'] ?? ''})`);
      if (issue.origin === 'string') return one(`is empty; write ${hint}`);
      return one(`${shown(value)} is too small; tolerances are positive: write ${hint}`);
    case 'too_big':
      return one(`${shown(value)} is too big; write ${hint}`);
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path);
      return issue.keys.map((written) => ({ path: [...path, written], message: unrecognised(written, allowed) }));
    }
    case 'custom':
      // The refinements say what to do; add what was written unless they already quote it.
      return one(value === undefined || typeof value === 'object' || issue.message.includes(shown(value)) ? issue.message : `${issue.message} (got ${shown(value)})`);
    case 'invalid_union':
      // Only `month` is a union (a number or a name).
      return one(`expected ${hint}, got ${shown(value)}`);
    case 'invalid_format':
    case 'invalid_value':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return one(`${issue.message}; write ${hint}`);
    default: {
      const unreachable: never = issue;
      return [{ path, message: (unreachable as { message: string }).message }];
    }
  }
}

/** The keys allowed in the mapping at `path`: the file, a row, or a tolerance. */
function allowedKeys(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return TARGETS_FILE_KEYS;
  return lastKey(path) === 'tolerance' ? TOLERANCE_KEYS : TARGET_KEYS;
}

function unrecognised(written: string, allowed: readonly string[]): string {
  const near = closestName(written, allowed);
  return near === undefined
    ? `unrecognised key "${written}"; the keys here are ${allowed.join(', ')}`
    : `unrecognised key "${written}"; did you mean "${near}"?`;
}

function lastKey(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

function kindName(expected: string): string {
  switch (expected) {
    case 'number': return 'a number';
    case 'string': return 'text';
    case 'object': return 'a mapping of keys';
    case 'array': return 'a list';
    default: return expected;
  }
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

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}
