import { LEAVE_REASONS, TEAM_KINDS } from './codes/workforce.ts';
import { EventFormatError, decodeEvent, encodeEvent } from './event-codec.ts';
import { isRecord, readData, readDay, readId } from './record-readers.ts';
import { EVENT_TYPES, isEventType } from './event-fields.ts';
import type { JourneyEvent } from './events.ts';
import { teamId, workerId } from './ids.ts';
import { toLocalDate } from './time.ts';
import {
  WORKFORCE_EVENT_TYPES, isWorkforceEventType, type WorkforceEvent, type WorkforceEventDataMap, type WorkforceEventType,
} from './workforce-events.ts';

/** Any event the simulator records: a child's journey event or a workforce event. */
export type SimEvent = JourneyEvent | WorkforceEvent;

/** How one field of a workforce event's data is written in an event file. */
export type WorkforceFieldSpec =
  | { readonly kind: 'team' }
  | { readonly kind: 'code'; readonly codes: readonly string[] }
  | { readonly kind: 'boolean' }
  /** A number > 0, such as an FTE of 0.5 or a caseload target of 18. */
  | { readonly kind: 'positive' };

/**
 * The data fields of every workforce event type, in file order. The mapped type makes the compiler
 * check that each entry lists exactly the fields `WorkforceEventDataMap` declares.
 */
export const WORKFORCE_EVENT_FIELDS: {
  readonly [K in WorkforceEventType]: { readonly [F in keyof WorkforceEventDataMap[K]]-?: WorkforceFieldSpec };
} = {
  'team.established': {
    team: { kind: 'team' }, kind: { kind: 'code', codes: TEAM_KINDS }, fte: { kind: 'positive' }, caseloadTarget: { kind: 'positive' },
  },
  'staff.joined': { team: { kind: 'team' }, agency: { kind: 'boolean' }, fte: { kind: 'positive' } },
  'staff.left': { team: { kind: 'team' }, reason: { kind: 'code', codes: LEAVE_REASONS } },
};

/** A workforce event as the plain record of the file format. */
export interface WorkforceEventRecord {
  type: string;
  day: string;
  worker: string;
  data: Record<string, unknown>;
}

function decodeWorkforceField(path: string, spec: WorkforceFieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'team':
      return readId(path, 'a team id', value, teamId);
    case 'code':
      if (typeof value !== 'string' || !spec.codes.includes(value)) {
        throw new EventFormatError(path, `expected one of ${spec.codes.join(', ')}, got ${JSON.stringify(value)}`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new EventFormatError(path, `expected true or false, got ${JSON.stringify(value)}`);
      return value;
    case 'positive':
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw new EventFormatError(path, `expected a number greater than 0 (e.g. 1 or 0.5), got ${JSON.stringify(value)}`);
      }
      return value;
    default: {
      const unknownKind: never = spec;
      throw new Error(`unknown workforce field kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/**
 * Reads one workforce event record as written in an event file; unknown types, fields and codes are
 * refused with the path that is wrong, as {@link decodeEvent} does for journey events.
 * @example decodeWorkforceEvent({ type: 'staff.joined', day: '2024-04-01', worker: 'SW1', data: { team: 'assessment', agency: false, fte: 1 } })
 */
export function decodeWorkforceEvent(record: unknown): WorkforceEvent {
  if (!isRecord(record)) throw new EventFormatError('(line)', 'expected a JSON object with type, day, worker and data');
  for (const key of Object.keys(record)) {
    if (key !== 'type' && key !== 'day' && key !== 'worker' && key !== 'data') {
      throw new EventFormatError(key, 'unknown field; a workforce event has only type, day, worker and data');
    }
  }
  const { type, day, worker } = record;
  if (typeof type !== 'string' || !isWorkforceEventType(type)) {
    throw new EventFormatError('type', `unknown workforce event type ${JSON.stringify(type)}; expected one of ${WORKFORCE_EVENT_TYPES.join(', ')}`);
  }
  const simDay = readDay(day);
  const id = readId('worker', 'a worker id', worker, workerId);
  const fields: Readonly<Record<string, WorkforceFieldSpec>> = WORKFORCE_EVENT_FIELDS[type];
  const rawData = readData(record, type, fields);
  const data: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(fields)) {
    const value = rawData[key];
    if (value === undefined) throw new EventFormatError(`data.${key}`, `required for ${type}`);
    data[key] = decodeWorkforceField(`data.${key}`, spec, value);
  }
  return { type, day: simDay, worker: id, data } as WorkforceEvent;
}

/**
 * Writes a workforce event as the plain record of the file format (day as `YYYY-MM-DD`, fields in
 * {@link WORKFORCE_EVENT_FIELDS} order, so that the same event always gives the same bytes).
 * @example JSON.stringify(encodeWorkforceEvent(event)) // {"type":"staff.left","day":"2024-06-28","worker":"SW1","data":{"team":"T1","reason":"resigned"}}
 */
export function encodeWorkforceEvent(event: WorkforceEvent): WorkforceEventRecord {
  const fields: Readonly<Record<string, WorkforceFieldSpec>> = WORKFORCE_EVENT_FIELDS[event.type];
  const source = event.data as Readonly<Record<string, unknown>>;
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = source[key];
    if (value !== undefined) data[key] = value;
  }
  return { type: event.type, day: toLocalDate(event.day), worker: event.worker, data };
}

/**
 * True when an event is a workforce event rather than a child's journey event.
 * @example isWorkforceEvent(event) ? event.worker : event.child
 */
export function isWorkforceEvent(event: SimEvent): event is WorkforceEvent {
  return isWorkforceEventType(event.type);
}

/**
 * Reads any event record of an event file, journey or workforce, choosing the decoder by its type.
 * @example decodeSimEvent({ type: 'staff.left', day: '2024-06-28', worker: 'SW1', data: { team: 'T1', reason: 'resigned' } })
 */
export function decodeSimEvent(record: unknown): SimEvent {
  const type = isRecord(record) ? record['type'] : undefined;
  if (typeof type === 'string' && isWorkforceEventType(type)) return decodeWorkforceEvent(record);
  if (isRecord(record) && (typeof type !== 'string' || !isEventType(type))) {
    // decodeEvent would list only journey types; an event file may hold either kind.
    throw new EventFormatError(
      'type',
      `unknown event type ${JSON.stringify(type)}; expected a journey event type (${EVENT_TYPES.join(', ')}) or a workforce event type (${WORKFORCE_EVENT_TYPES.join(', ')})`,
    );
  }
  return decodeEvent(record);
}

/**
 * Writes any event as the plain record of the file format.
 * @example JSON.stringify(encodeSimEvent(event))
 */
export function encodeSimEvent(event: SimEvent): ReturnType<typeof encodeEvent> | WorkforceEventRecord {
  return isWorkforceEvent(event) ? encodeWorkforceEvent(event) : encodeEvent(event);
}
