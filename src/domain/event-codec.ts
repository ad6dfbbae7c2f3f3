import { EVENT_FIELDS, EVENT_TYPES, isEventType, type FieldSpec } from './event-fields.ts';
import type { JourneyEvent } from './events.ts';
import { childId, teamId, workerId } from './ids.ts';
import { EventFormatError } from './event-format-error.ts';
import { isRecord, readData, readDay, readId } from './record-readers.ts';
import { simDayOf, toLocalDate, type SimDay } from './time.ts';

export { EventFormatError };


function decodeField(path: string, spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'code':
      if (typeof value !== 'string' || !spec.codes.includes(value)) {
        throw new EventFormatError(path, `expected one of ${spec.codes.join(', ')}, got ${JSON.stringify(value)}`);
      }
      return value;
    case 'date':
      if (typeof value !== 'string') throw new EventFormatError(path, `expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
      try {
        return simDayOf(value);
      } catch (error) {
        throw new EventFormatError(path, (error as Error).message);
      }
    case 'count':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new EventFormatError(path, `expected a whole number ≥ 0, got ${JSON.stringify(value)}`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new EventFormatError(path, `expected true or false, got ${JSON.stringify(value)}`);
      return value;
    case 'worker':
    case 'team':
      if (typeof value !== 'string') throw new EventFormatError(path, `expected an id string, got ${JSON.stringify(value)}`);
      try {
        return spec.kind === 'worker' ? workerId(value) : teamId(value);
      } catch (error) {
        throw new EventFormatError(path, (error as Error).message);
      }
    default: {
      const unknownKind: never = spec;
      throw new Error(`unknown field kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/**
 * Reads one event record as written in an event file:
 * `{"type": "...", "day": "YYYY-MM-DD", "child": "...", "data": {...}}`.
 * Dates become `SimDay`s; unknown types, fields and codes are refused with the path that is wrong.
 */
export function decodeEvent(record: unknown): JourneyEvent {
  if (!isRecord(record)) throw new EventFormatError('(line)', 'expected a JSON object with type, day, child and data');
  for (const key of Object.keys(record)) {
    if (key !== 'type' && key !== 'day' && key !== 'child' && key !== 'data') {
      throw new EventFormatError(key, 'unknown field; an event has only type, day, child and data');
    }
  }
  const { type, day, child } = record;
  if (typeof type !== 'string' || !isEventType(type)) {
    throw new EventFormatError('type', `unknown event type ${JSON.stringify(type)}; expected one of ${EVENT_TYPES.join(', ')}`);
  }
  const simDay = readDay(day);
  const id = readId('child', 'a child id', child, childId);
  const fields = EVENT_FIELDS[type];
  const rawData = readData(record, type, fields);
  const data: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(fields)) {
    const value = rawData[key];
    if (value === undefined) {
      if ('optional' in spec && spec.optional === true) continue;
      throw new EventFormatError(`data.${key}`, `required for ${type}`);
    }
    data[key] = decodeField(`data.${key}`, spec, value);
  }
  return { type, day: simDay, child: id, data } as JourneyEvent;
}

/** Writes an event as the plain record of the file format (dates as `YYYY-MM-DD`, fields in catalogue order). */
export function encodeEvent(event: JourneyEvent): { type: string; day: string; child: string; data: Record<string, unknown> } {
  const fields = EVENT_FIELDS[event.type];
  const source = event.data as Readonly<Record<string, unknown>>;
  const data: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(fields)) {
    const value = source[key];
    if (value === undefined) continue;
    data[key] = spec.kind === 'date' ? toLocalDate(value as SimDay) : value;
  }
  return { type: event.type, day: toLocalDate(event.day), child: event.child, data };
}
