import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { EventFormatError, decodeEvent, encodeSimEvent, type SimEvent } from '../../src/domain/index.ts';
import {
  LOG_FORMAT_VERSION, createLogHeader, decodeLogLine, encodeEventLine, encodeHeaderLine, type LogHeader,
} from '../../src/store/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { oneOfEachTypeArb, simEventArb } from './arbitraries.ts';

function caught(action: () => unknown): EventFormatError {
  try {
    action();
  } catch (error) {
    if (error instanceof EventFormatError) return error;
    throw error;
  }
  throw new Error('expected an EventFormatError, but nothing was thrown');
}

const header = createLogHeader({ version: '0.1.0', scenario: 'baseline', scenarioHash: '9f86d081', seed: 42, replication: 1 });
const headerRecord = JSON.parse(encodeHeaderLine(header)) as { header: Record<string, unknown> };
const withHeader = (changes: Record<string, unknown>): string => JSON.stringify({ header: { ...headerRecord.header, ...changes } });

describe('log header', () => {
  it('is written with its fields in a fixed order and no whitespace', () => {
    expect(encodeHeaderLine(header)).toBe(
      '{"header":{"format":"drift-events","formatVersion":1,"program":"drift","version":"0.1.0","scenario":"baseline","scenarioHash":"9f86d081","seed":42,"replication":1}}',
    );
  });

  it('is written in the same order whatever order the caller built it in', () => {
    const shuffled = { replication: 1, seed: 42, scenarioHash: '9f86d081', scenario: 'baseline', version: '0.1.0', program: 'drift', formatVersion: 1, format: 'drift-events' } as const;
    expect(encodeHeaderLine(shuffled)).toBe(encodeHeaderLine(header));
  });

  it('reads back as a header line', () => {
    expect(decodeLogLine(encodeHeaderLine(header))).toEqual({ kind: 'header', header });
  });

  test.prop([
    fc.record({
      version: fc.string({ minLength: 1 }), scenario: fc.string({ minLength: 1 }),
      scenarioHash: fc.stringMatching(/^[0-9a-f]{1,64}$/), seed: fc.maxSafeInteger(), replication: fc.nat(),
    }),
  ])(`round-trips any run identity, including names that need escaping (seed: ${FC_SEED})`, (run) => {
    const line = encodeHeaderLine(createLogHeader(run));
    expect(line).not.toContain('\n');
    expect(decodeLogLine(line)).toEqual({ kind: 'header', header: { format: 'drift-events', formatVersion: 1, program: 'drift', ...run } });
  });

  it.each([
    [{ format: 'csv-events' }, 'header.format', /"csv-events" is not a drift event log format; expected "drift-events"/],
    [{ formatVersion: LOG_FORMAT_VERSION + 1 }, 'header.formatVersion', /format version 2 is newer than this drift reads \(1\); upgrade drift/],
    [{ formatVersion: 0 }, 'header.formatVersion', /unknown format version 0; this drift reads version 1/],
    [{ formatVersion: '1' }, 'header.formatVersion', /unknown format version "1"/],
    [{ extra: true }, 'header.extra', /unknown field; a header has only format, formatVersion, program/],
    [{ program: 'other' }, 'header.program', /expected "drift"/],
    [{ version: '' }, 'header.version', /expected the program version/],
    [{ scenario: 3 }, 'header.scenario', /expected the scenario name, got 3/],
    [{ scenarioHash: 'ABC' }, 'header.scenarioHash', /expected a lowercase hex digest, got "ABC"/],
    [{ seed: 1.5 }, 'header.seed', /expected a whole number, got 1\.5/],
    [{ replication: -1 }, 'header.replication', /expected a whole number ≥ 0, got -1/],
  ])('refuses a header with %j at %s', (changes, path, message) => {
    const error = caught(() => decodeLogLine(withHeader(changes)));
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it('puts the format check first, so a newer log says so rather than naming its new fields', () => {
    expect(caught(() => decodeLogLine(withHeader({ formatVersion: 2, compression: 'none' }))).path).toBe('header.formatVersion');
  });

  it('refuses anything beside the header on a header line', () => {
    expect(caught(() => decodeLogLine(`{"header":${JSON.stringify(headerRecord.header)},"type":"x"}`)).path).toBe('type');
  });

  it('refuses to start a log with a header that could not be read back', () => {
    expect(() => encodeHeaderLine({ ...header, seed: Number.NaN })).toThrow('header.seed: expected a whole number');
    expect(() => createLogHeader({ version: '0.1.0', scenario: 'baseline', scenarioHash: 'not hex', seed: 1, replication: 1 }))
      .toThrow('header.scenarioHash');
  });
});

describe('log header with the scenario definition', () => {
  const definition = { calendar: { start: '2016-04-01', years: 1 }, name: 'small' };
  const full = createLogHeader({ version: '0.1.0', scenario: 'small', scenarioHash: 'ab12', seed: 7, replication: 1, scenarioDefinition: definition });

  it('writes the scenario last, after the identity fields', () => {
    expect(encodeHeaderLine(full)).toBe(
      '{"header":{"format":"drift-events","formatVersion":1,"program":"drift","version":"0.1.0","scenario":"small","scenarioHash":"ab12","seed":7,"replication":1,' +
        '"scenarioDefinition":{"calendar":{"start":"2016-04-01","years":1},"name":"small"}}}',
    );
  });

  it('reads back with the scenario as written', () => {
    expect(decodeLogLine(encodeHeaderLine(full))).toEqual({ kind: 'header', header: full });
  });

  it.each([
    [[1, 2], /expected the resolved scenario as a JSON object, got a list/],
    ['baseline', /expected the resolved scenario as a JSON object, got "baseline"/],
    [null, /expected the resolved scenario as a JSON object, got null/],
  ])('refuses a scenarioDefinition of %j', (value, message) => {
    const error = caught(() => decodeLogLine(withHeader({ scenarioDefinition: value })));
    expect(error.path).toBe('header.scenarioDefinition');
    expect(error.message).toMatch(message);
  });
});

describe('event lines', () => {
  it('writes an event as one compact JSON line with fields in catalogue order', () => {
    const event = decodeEvent({ type: 'contact.received', day: '2024-01-05', child: 'C7', data: { sex: 'F', dob: '2012-03-04', source: '6' } });
    expect(encodeEventLine(event)).toBe('{"type":"contact.received","day":"2024-01-05","child":"C7","data":{"source":"6","dob":"2012-03-04","sex":"F"}}');
  });

  it('writes an event without data as an empty data object', () => {
    expect(encodeEventLine(decodeEvent({ type: 'assessment.started', day: '2024-01-05', child: 'C7' })))
      .toBe('{"type":"assessment.started","day":"2024-01-05","child":"C7","data":{}}');
  });

  it('does not reuse the previous event\'s date for an event on another day', () => {
    const a = decodeEvent({ type: 'visit.made', day: '2024-01-05', child: 'C1' });
    const b = decodeEvent({ type: 'visit.made', day: '2024-01-06', child: 'C1' });
    expect([a, b, a].map(encodeEventLine).map((line) => (JSON.parse(line) as { day: string }).day)).toEqual(['2024-01-05', '2024-01-06', '2024-01-05']);
  });

  it('refuses an event type outside the catalogue rather than writing an unreadable line', () => {
    expect(() => encodeEventLine({ type: 'made.up', day: 0, child: 'C1', data: {} } as unknown as SimEvent)).toThrow(/cannot write unknown event type "made\.up"/);
  });

  it('reads blank and whitespace-only lines as blank', () => {
    expect(['', '   ', '\r', '\t '].map((text) => decodeLogLine(text).kind)).toEqual(['blank', 'blank', 'blank', 'blank']);
  });

  it('tolerates a Windows line end on an event line', () => {
    const line = '{"type":"visit.made","day":"2024-01-05","child":"C1","data":{}}\r';
    expect(decodeLogLine(line)).toEqual({ kind: 'event', event: { type: 'visit.made', day: 19727, child: 'C1', data: {} } });
  });

  it.each([
    ['{"type":"visit.made",', '(line)', /not valid JSON .*; an event log holds one JSON object a line/],
    ['[1,2]', '(line)', /expected a JSON object/],
    ['{"type":"visit.made","day":"2024-01-05","child":"C1","data":{"seenAlone":"yes"}}', 'data.seenAlone', /expected true or false/],
    ['{"type":"staff.left","day":"2024-01-05","worker":"SW1","data":{"team":"T1"}}', 'data.reason', /required for staff\.left/],
    ['{"type":"nope","day":"2024-01-05","child":"C1"}', 'type', /unknown event type "nope"/],
  ])('refuses the line %s at %s', (text, path, message) => {
    const error = caught(() => decodeLogLine(text));
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });
});

describe(`event lines of every type (seed: ${FC_SEED})`, () => {
  test.prop([oneOfEachTypeArb])('encodeEventLine(e) === JSON.stringify(encodeSimEvent(e))', (events) => {
    for (const event of events) expect(encodeEventLine(event)).toBe(JSON.stringify(encodeSimEvent(event)));
  });

  test.prop([oneOfEachTypeArb])('decodeLogLine(encodeEventLine(e)) gives back e', (events) => {
    for (const event of events) expect(decodeLogLine(encodeEventLine(event))).toEqual({ kind: 'event', event });
  });

  test.prop([fc.array(simEventArb, { maxLength: 30 })])('a sequence encodes to the same bytes twice (no hidden state leaks between lines)', (events) => {
    const once = events.map(encodeEventLine);
    const twice = [...events].reverse().map(encodeEventLine).reverse();
    expect(twice).toEqual(once);
    for (const line of once) expect(line).toMatch(/^\{"type":"[^"]+","day":"\d{4}-\d{2}-\d{2}","(child|worker)":"[^"]+","data":\{.*\}\}$/);
  });
});

describe('header type', () => {
  it('keeps the format fields literal, so a caller cannot claim another format by accident', () => {
    // @ts-expect-error formatVersion is the literal 1
    const wrong: LogHeader = { ...header, formatVersion: 2 };
    expect(() => encodeHeaderLine(wrong)).toThrow(/newer than this drift reads/);
  });
});
