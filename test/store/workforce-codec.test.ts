import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  EventFormatError, WORKFORCE_EVENT_TYPES, decodeSimEvent, decodeWorkforceEvent, encodeSimEvent, encodeWorkforceEvent,
  isWorkforceEvent, type WorkforceEvent,
} from '../../src/domain/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { eventOfTypeArb, oneOfEachTypeArb } from './arbitraries.ts';

function caught(action: () => unknown): EventFormatError {
  try {
    action();
  } catch (error) {
    if (error instanceof EventFormatError) return error;
    throw error;
  }
  throw new Error('expected an EventFormatError, but nothing was thrown');
}

const joined = { type: 'staff.joined', day: '2024-04-01', worker: 'SW1', data: { team: 'assessment', agency: false, fte: 1 } };

describe('workforce event codec', () => {
  it('reads a file record into a typed event with a SimDay', () => {
    expect(decodeWorkforceEvent(joined)).toEqual({
      type: 'staff.joined', day: 19814, worker: 'SW1', data: { team: 'assessment', agency: false, fte: 1 },
    });
  });

  it('writes data fields in catalogue order whatever order the event was built in', () => {
    const event = decodeWorkforceEvent({
      type: 'team.established', day: '2024-04-01', worker: 'T-north',
      data: { caseloadTarget: 18, fte: 7.5, kind: 'protection', team: 'T-north' },
    });
    expect(JSON.stringify(encodeWorkforceEvent(event))).toBe(
      '{"type":"team.established","day":"2024-04-01","worker":"T-north","data":{"team":"T-north","kind":"protection","fte":7.5,"caseloadTarget":18}}',
    );
  });

  const base = { type: 'team.established', day: '2024-04-01', worker: 'T1' };
  const established = { team: 'T1', kind: 'assessment', fte: 6, caseloadTarget: 18 };
  it.each([
    [{ ...joined, type: 'staff.promoted' }, 'type', /unknown workforce event type "staff\.promoted"; expected one of team\.established, staff\.joined, staff\.left/],
    [{ ...joined, day: '2024-13-01' }, 'day', /month 13/],
    [{ ...joined, worker: 'SW 1' }, 'worker', /worker id "SW 1" is not valid/],
    [{ ...joined, worker: 7 }, 'worker', /expected a worker id string, got 7/],
    [{ ...joined, child: 'C1' }, 'child', /unknown field; a workforce event has only type, day, worker and data/],
    [{ ...joined, data: { ...joined.data, team: 'a/b' } }, 'data.team', /team id "a\/b" is not valid/],
    [{ ...joined, data: { ...joined.data, agency: 'no' } }, 'data.agency', /expected true or false, got "no"/],
    [{ ...joined, data: { ...joined.data, fte: 0 } }, 'data.fte', /expected a number greater than 0/],
    [{ ...joined, data: { ...joined.data, fte: -0.5 } }, 'data.fte', /expected a number greater than 0/],
    [{ ...joined, data: { ...joined.data, fte: '1' } }, 'data.fte', /got "1"/],
    [{ ...joined, data: { team: 'T1', agency: true } }, 'data.fte', /required for staff\.joined/],
    [{ ...joined, data: { ...joined.data, grade: 'senior' } }, 'data.grade', /unknown field for staff\.joined; allowed: team, agency, fte/],
    [{ ...base, data: { ...established, kind: 'triage' } }, 'data.kind', /expected one of frontDoor, assessment, protection, lookedAfter, leavingCare, adoption, got "triage"/],
    [{ ...base, data: { ...established, caseloadTarget: 0 } }, 'data.caseloadTarget', /expected a number greater than 0/],
    [{ type: 'staff.left', day: '2024-04-01', worker: 'SW1', data: { team: 'T1', reason: 'retired' } }, 'data.reason', /expected one of resigned, agencyEnded, restructure/],
    [{ ...joined, data: [1] }, 'data', /expected an object/],
    ['staff.joined', '(line)', /expected a JSON object/],
  ])('refuses %j at %s', (record, path, message) => {
    const error = caught(() => decodeWorkforceEvent(record));
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it('refuses a journey event type, naming the workforce types', () => {
    expect(caught(() => decodeWorkforceEvent({ type: 'visit.made', day: '2024-01-05', worker: 'SW1' })).message)
      .toMatch(/^type: unknown workforce event type "visit\.made"/);
  });
});

describe('decodeSimEvent', () => {
  it('dispatches on the type: workforce records to the workforce decoder, journey records to decodeEvent', () => {
    const workforce = decodeSimEvent(joined);
    const journey = decodeSimEvent({ type: 'visit.made', day: '2024-01-05', child: 'C1', data: { seenAlone: true } });
    expect(isWorkforceEvent(workforce)).toBe(true);
    expect(isWorkforceEvent(journey)).toBe(false);
    expect(journey).toEqual({ type: 'visit.made', day: 19727, child: 'C1', data: { seenAlone: true } });
  });

  it('names both kinds of event type when the type is unknown', () => {
    const error = caught(() => decodeSimEvent({ type: 'staff.promoted', day: '2024-01-05', worker: 'SW1' }));
    expect(error.path).toBe('type');
    expect(error.message).toMatch(/expected a journey event type \(contact\.received, .*\) or a workforce event type \(team\.established, staff\.joined, staff\.left\)/);
  });

  it('reports a workforce record with a child as the wrong field, not as an unknown type', () => {
    expect(caught(() => decodeSimEvent({ ...joined, worker: undefined, child: 'C1' })).path).toBe('child');
  });

  it('still refuses a record that is not an object', () => {
    expect(caught(() => decodeSimEvent(null)).path).toBe('(line)');
  });
});

describe(`workforce events round-trip through the file format (seed: ${FC_SEED})`, () => {
  test.prop([fc.constantFrom(...WORKFORCE_EVENT_TYPES).chain(eventOfTypeArb)])('decode(encode(e)) = e', (event) => {
    const record = encodeWorkforceEvent(event as WorkforceEvent);
    expect(decodeWorkforceEvent(JSON.parse(JSON.stringify(record)))).toEqual(event);
  });

  test.prop([oneOfEachTypeArb], { numRuns: 30 })('decodeSimEvent(encodeSimEvent(e)) = e for every event type', (events) => {
    for (const event of events) expect(decodeSimEvent(JSON.parse(JSON.stringify(encodeSimEvent(event))))).toEqual(event);
  });
});
