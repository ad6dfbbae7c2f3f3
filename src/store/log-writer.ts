import type { SimEvent } from '../domain/index.ts';
import { encodeEventLine, encodeHeaderLine, type LogHeader } from './event-log.ts';

/** Where a log writer's text goes; the cli's sink writes to a temporary file and renames it at the end. */
export interface LogSink {
  write(chunk: string): void;
}

/** Turns events into event-log text in large chunks, so that the run loop does no I/O per event. */
export interface LogWriter {
  /** Adds one event's line; hands a chunk to the sink once at least `chunkChars` characters are waiting. */
  append(event: SimEvent): void;
  /** Hands whatever is waiting to the sink (the header alone, if no event came); call it at the end of a run. */
  flush(): void;
  /** Events appended so far. */
  readonly count: number;
}

/**
 * Creates a buffered NDJSON writer that starts with the header line. Every chunk ends at a line
 * end, and the chunks concatenated are exactly the header line and one line per event, each ending
 * in `\n` (tech-notes §7: never write per event from the hot loop).
 * @example
 * const writer = createLogWriter({ write: (chunk) => file.write(chunk) }, header);
 * store.subscribe((event) => writer.append(event));
 * // … run …
 * writer.flush();
 */
export function createLogWriter(sink: LogSink, header: LogHeader, chunkChars = 1 << 20): LogWriter {
  if (!Number.isSafeInteger(chunkChars) || chunkChars < 1) {
    throw new RangeError(`chunkChars must be a whole number ≥ 1, got ${chunkChars}; leave it out for the default of 1 MiB`);
  }
  // Checked and encoded now, so that a bad header fails before the run rather than at the first flush.
  // String += builds a rope in V8; the sink's write flattens it once per chunk.
  let buffer = `${encodeHeaderLine(header)}\n`;
  let count = 0;
  return {
    append(event) {
      buffer += `${encodeEventLine(event)}\n`;
      count += 1;
      if (buffer.length >= chunkChars) {
        const chunk = buffer;
        buffer = '';
        sink.write(chunk);
      }
    },
    flush() {
      if (buffer === '') return;
      const chunk = buffer;
      buffer = '';
      sink.write(chunk);
    },
    get count() {
      return count;
    },
  };
}
