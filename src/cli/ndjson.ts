import { readFileSync } from 'node:fs';
import { decodeEvent, EventFormatError, isWorkforceEventType, type JourneyEvent } from '../domain/index.ts';
import { InputError, located } from './input-error.ts';

/** An event read from a file, with the line it came from. */
export interface LocatedEvent {
  readonly event: JourneyEvent;
  readonly line: number;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read the file (${code ?? 'error'}); check the path`);
  }
}

/**
 * Reads an NDJSON event file: one `{"type","day","child","data"}` object a line; blank lines are
 * skipped, and a header line (`{"header": ...}`, as run logs start with) and workforce events are
 * passed over, so a run's `events.ndjson` opens directly.
 * The first bad line stops the read with `FILE:LINE: path: message`.
 */
export function readEventFile(file: string): LocatedEvent[] {
  const events: LocatedEvent[] = [];
  readText(file).split('\n').forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      throw new InputError(located(file, line, undefined, `not valid JSON (${(error as Error).message}); write one JSON object per line`));
    }
    if (typeof record === 'object' && record !== null && 'header' in record) return;
    // A run's log also holds workforce events (staff joining and leaving); they are no child's journey.
    if (typeof record === 'object' && record !== null && 'type' in record && typeof record.type === 'string' && isWorkforceEventType(record.type)) return;
    try {
      events.push({ event: decodeEvent(record), line });
    } catch (error) {
      if (error instanceof EventFormatError) throw new InputError(located(file, line, undefined, error.message));
      throw error;
    }
  });
  return events;
}
