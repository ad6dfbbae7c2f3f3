import { EventFormatError } from './event-format-error.ts';
import { simDayOf, type SimDay } from './time.ts';

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the `day` of an event record as a SimDay, or explains what is wrong with it. */
export function readDay(value: unknown): SimDay {
  if (typeof value !== 'string') throw new EventFormatError('day', `expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  try {
    return simDayOf(value);
  } catch (error) {
    throw new EventFormatError('day', (error as Error).message);
  }
}

/** Reads an id field (`child`, `worker`) with the brand's own minting rules. */
export function readId<T>(path: string, what: string, value: unknown, mint: (text: string) => T): T {
  if (typeof value !== 'string') throw new EventFormatError(path, `expected ${what} string, got ${JSON.stringify(value)}`);
  try {
    return mint(value);
  } catch (error) {
    throw new EventFormatError(path, (error as Error).message);
  }
}

/** The `data` object of an event record (absent means empty), refusing fields the type does not have. */
export function readData(record: Readonly<Record<string, unknown>>, type: string, allowed: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const raw = record['data'] ?? {};
  if (!isRecord(raw)) throw new EventFormatError('data', 'expected an object');
  for (const key of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(allowed, key)) {
      const names = Object.keys(allowed);
      throw new EventFormatError(`data.${key}`, `unknown field for ${type}; ${names.length === 0 ? 'it takes no data' : `allowed: ${names.join(', ')}`}`);
    }
  }
  return raw;
}
