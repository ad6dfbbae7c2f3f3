import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addYears } from '../calendar/index.ts';
import { EventFormatError, simDayOf, toLocalDate, type SimDay } from '../domain/index.ts';
import { createHistoryBuilder, type ChildHistory } from '../export/index.ts';
import { decodeLogLine, type LogHeader } from '../store/index.ts';
import { InputError, located } from './input-error.ts';
import { forEachLine } from './line-reader.ts';

/** What an export reads from a run: every child's history, the header and the days the run covers. */
export interface ExportInput {
  readonly histories: readonly ChildHistory[];
  readonly header: LogHeader | undefined;
  readonly covered: { readonly start: SimDay; readonly endExclusive: SimDay };
}

/** The event log of RUN: the file itself, or the events.ndjson that `drift run` wrote into the folder. */
export function eventLogPath(path: string, shown: string): { path: string; shown: string } {
  if (existsSync(path) && statSync(path).isDirectory()) {
    const log = join(path, 'events.ndjson');
    if (!existsSync(log)) throw new InputError(`${shown}: no events.ndjson in this folder; give a run folder written by drift run, or an event log`);
    return { path: log, shown: join(shown, 'events.ndjson') };
  }
  return { path, shown };
}

/** The simulated period from the header's scenario (calendar.start, warmupYears, years), if it has one. */
function periodOf(header: LogHeader | undefined): { start: SimDay; endExclusive: SimDay } | undefined {
  const calendar = header?.scenarioDefinition?.['calendar'];
  if (typeof calendar !== 'object' || calendar === null) return undefined;
  const { start, warmupYears, years } = calendar as Record<string, unknown>;
  if (typeof start !== 'string' || typeof warmupYears !== 'number' || typeof years !== 'number') return undefined;
  const first = simDayOf(start);
  return { start: first, endExclusive: addYears(first, warmupYears + years) };
}

/**
 * Reads an event log line by line into child histories. A bad line stops it with
 * `FILE:LINE: path: message`, as drift replay does.
 */
export function readExportInput(path: string, shown: string): ExportInput {
  const builder = createHistoryBuilder();
  let header: LogHeader | undefined;
  let first: SimDay | undefined;
  let last: SimDay | undefined;
  forEachLine(path, (text, line) => {
    try {
      const decoded = decodeLogLine(text);
      switch (decoded.kind) {
        case 'blank': return;
        case 'header': header = decoded.header; return;
        case 'event': {
          const { day } = decoded.event;
          if (last !== undefined && day < last) {
            throw new InputError(located(shown, line, 'day', `${toLocalDate(day)} is before the previous event (${toLocalDate(last)}); a log's events are in date order`));
          }
          first ??= day;
          last = day;
          builder.apply(decoded.event);
          return;
        }
        default: {
          const unknownLine: never = decoded;
          throw new Error(`unknown log line ${JSON.stringify(unknownLine)}`);
        }
      }
    } catch (error) {
      if (error instanceof EventFormatError) throw new InputError(located(shown, line, undefined, error.message));
      if (error instanceof InputError) throw error;
      throw new InputError(located(shown, line, undefined, (error as Error).message));
    }
  }, shown);
  if (first === undefined || last === undefined) throw new InputError(`${shown}: no events; give the events.ndjson that drift run wrote`);
  return { histories: builder.finish(), header, covered: periodOf(header) ?? { start: first, endExclusive: (last + 1) as SimDay } };
}
