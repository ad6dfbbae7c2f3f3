import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  EVENT_FIELDS, EVENT_TYPES, EventFormatError, IdError, childId, decodeEvent, encodeEvent, type EventType,
} from '../../src/domain/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { eventFromChoice } from '../support/journey-walks.ts';

describe('event codec', () => {
  it('reads a file record into a typed event with SimDay dates', () => {
    expect(decodeEvent({ type: 'contact.received', day: '2024-01-05', child: 'C7', data: { source: '6', dob: '2012-03-04', sex: 'F' } }))
      .toEqual({ type: 'contact.received', day: 19727, child: 'C7', data: { source: '6', dob: 15403, sex: 'F' } });
  });

  it('treats a missing data object as empty for events that carry none', () => {
    expect(decodeEvent({ type: 'assessment.started', day: '2024-01-05', child: 'C7' }).data).toEqual({});
  });

  it.each([
    [{ type: 'nope', day: '2024-01-05', child: 'C1' }, 'type', /unknown event type "nope"; expected one of contact\.received, /],
    [{ type: 'visit.made', day: 20240105, child: 'C1' }, 'day', /expected a date YYYY-MM-DD, got 20240105/],
    [{ type: 'visit.made', day: '2024-01-05', child: 'C 1' }, 'child', /child id "C 1" is not valid/],
    [{ type: 'visit.made', day: '2024-01-05', child: 'C1', when: 'x' }, 'when', /unknown field; an event has only type, day, child and data/],
    [{ type: 'screening.decided', day: '2024-01-05', child: 'C1', data: {} }, 'data.outcome', /required for screening\.decided/],
    [{ type: 'screening.decided', day: '2024-01-05', child: 'C1', data: { outcome: 'x' } }, 'data.outcome', /expected one of nfa, advice, earlyHelp, referral/],
    [{ type: 'assessment.started', day: '2024-01-05', child: 'C1', data: { outcome: 'x' } }, 'data.outcome', /unknown field for assessment\.started; it takes no data/],
    [{ type: 'visit.made', day: '2024-01-05', child: 'C1', data: { seenAlone: 'yes' } }, 'data.seenAlone', /expected true or false/],
    [{ type: 'contact.received', day: '2024-01-05', child: 'C1', data: { source: '6', dob: '2024-02-30' } }, 'data.dob', /does not exist/],
    [[1, 2], '(line)', /expected a JSON object/],
  ])('refuses %j at %s', (record, path, message) => {
    let caught: unknown;
    try {
      decodeEvent(record);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EventFormatError);
    expect((caught as EventFormatError).path).toBe(path);
    expect((caught as EventFormatError).message).toMatch(message);
  });

  it('mints ids only from safe characters', () => {
    expect(() => childId('')).toThrow(IdError);
    expect(() => childId('a/b')).toThrow('use 1–40 letters, digits, "-" or "_"');
    expect(childId('C-1_x')).toBe('C-1_x');
  });
});

describe(`every event type round-trips through the file format (seed: ${FC_SEED})`, () => {
  test.prop([fc.constantFrom(...EVENT_TYPES), fc.nat(), fc.integer({ min: 8000, max: 40000 })])('decode(encode(e)) = e', (type: EventType, r, day) => {
    const event = eventFromChoice(type, r, day as never);
    const record = encodeEvent(event);
    expect(decodeEvent(JSON.parse(JSON.stringify(record)))).toEqual(event);
    expect(Object.keys(record.data).every((key) => key in EVENT_FIELDS[type])).toBe(true);
  });
});
