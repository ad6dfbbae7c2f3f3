import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { decodeEvent, type SimEvent } from '../../src/domain/index.ts';
import { createLogHeader, createLogWriter, decodeLogLine, encodeEventLine, encodeHeaderLine } from '../../src/store/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { simEventArb } from './arbitraries.ts';

const header = createLogHeader({ version: '0.1.0', scenario: 'baseline', scenarioHash: 'ab12', seed: 42, replication: 1 });
const HEADER_LINE = `${encodeHeaderLine(header)}\n`;

function collect(): { chunks: string[]; write(chunk: string): void } {
  const chunks: string[] = [];
  return { chunks, write: (chunk) => void chunks.push(chunk) };
}

const visit = (day: string): SimEvent => decodeEvent({ type: 'visit.made', day, child: 'C1', data: { seenAlone: true } });

describe('log writer', () => {
  it('writes nothing until a chunk is full or it is flushed', () => {
    const sink = collect();
    const writer = createLogWriter(sink, header);
    writer.append(visit('2024-01-05'));
    expect(sink.chunks).toEqual([]);
    writer.flush();
    expect(sink.chunks).toEqual([`${HEADER_LINE}${encodeEventLine(visit('2024-01-05'))}\n`]);
    expect(writer.count).toBe(1);
  });

  it('writes the header alone for a run without events', () => {
    const sink = collect();
    createLogWriter(sink, header).flush();
    expect(sink.chunks).toEqual([HEADER_LINE]);
  });

  it('does not write an empty chunk when flushed twice', () => {
    const sink = collect();
    const writer = createLogWriter(sink, header);
    writer.flush();
    writer.flush();
    expect(sink.chunks).toHaveLength(1);
  });

  it('hands over a chunk as soon as it reaches chunkChars, ending at a line end', () => {
    const sink = collect();
    const line = `${encodeEventLine(visit('2024-01-05'))}\n`;
    const writer = createLogWriter(sink, header, HEADER_LINE.length + 2 * line.length);
    writer.append(visit('2024-01-05'));
    expect(sink.chunks).toEqual([]);
    writer.append(visit('2024-01-05'));
    expect(sink.chunks).toEqual([HEADER_LINE + line + line]);
    writer.append(visit('2024-01-05'));
    writer.flush();
    expect(sink.chunks).toEqual([HEADER_LINE + line + line, line]);
  });

  it('keeps appending after a flush', () => {
    const sink = collect();
    const writer = createLogWriter(sink, header);
    writer.append(visit('2024-01-05'));
    writer.flush();
    writer.append(visit('2024-01-06'));
    writer.flush();
    expect(sink.chunks.join('').split('\n').filter((l) => l !== '').map((l) => decodeLogLine(l).kind)).toEqual(['header', 'event', 'event']);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses chunkChars %s', (chunkChars) => {
    expect(() => createLogWriter(collect(), header, chunkChars)).toThrow(/chunkChars must be a whole number ≥ 1/);
  });

  it('refuses a bad header before any event is written', () => {
    const sink = collect();
    expect(() => createLogWriter(sink, { ...header, scenarioHash: 'XYZ' })).toThrow('header.scenarioHash');
    expect(sink.chunks).toEqual([]);
  });
});

describe(`log writer chunking (seed: ${FC_SEED})`, () => {
  test.prop([fc.array(simEventArb, { maxLength: 60 }), fc.integer({ min: 1, max: 2000 })])(
    'chunks concatenate to exactly the header line and one line per event, each chunk whole lines',
    (events, chunkChars) => {
      const sink = collect();
      const writer = createLogWriter(sink, header, chunkChars);
      for (const event of events) writer.append(event);
      writer.flush();
      expect(sink.chunks.join('')).toBe(HEADER_LINE + events.map((event) => `${encodeEventLine(event)}\n`).join(''));
      for (const chunk of sink.chunks) expect(chunk.endsWith('\n')).toBe(true);
      // Every chunk but the last was handed over because it was full; smaller ones would mean I/O per event.
      for (const chunk of sink.chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(chunkChars);
      expect(writer.count).toBe(events.length);
    },
  );

  test.prop([fc.array(simEventArb, { minLength: 1, maxLength: 40 })])('the written text reads back as the header and the same events', (events) => {
    const sink = collect();
    const writer = createLogWriter(sink, header, 256);
    for (const event of events) writer.append(event);
    writer.flush();
    const lines = sink.chunks.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map(decodeLogLine)).toEqual([{ kind: 'header', header }, ...events.map((event) => ({ kind: 'event', event }))]);
  });
});
