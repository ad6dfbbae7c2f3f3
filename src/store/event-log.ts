/**
 * The event log format (ARCHITECTURE D7, D9): NDJSON, a header line first, then one event a line.
 * Keys are written in a fixed order with no whitespace and lines end in `\n`, so the same run gives
 * the same bytes.
 */
import {
  EVENT_FIELDS, EVENT_TYPES, EventFormatError, WORKFORCE_EVENT_FIELDS, WORKFORCE_EVENT_TYPES, decodeSimEvent, toLocalDate,
  type FieldSpec, type SimDay, type SimEvent, type WorkforceFieldSpec,
} from '../domain/index.ts';

/** The format name a drift event log's header carries. */
export const LOG_FORMAT = 'drift-events';
/** The version of the log format this code writes and reads; bump it when a saved log would read differently. */
export const LOG_FORMAT_VERSION = 1;

/** The first line of an event log: which program wrote it and which run it records. */
export interface LogHeader {
  readonly format: typeof LOG_FORMAT;
  readonly formatVersion: typeof LOG_FORMAT_VERSION;
  readonly program: 'drift';
  /** The program version (package.json `version`): D9 promises identical logs only for the same one. */
  readonly version: string;
  /** The scenario's name, e.g. `baseline`. */
  readonly scenario: string;
  /** A lowercase hex digest of the resolved scenario, so that a log can be matched to its inputs. */
  readonly scenarioHash: string;
  readonly seed: number;
  readonly replication: number;
  /**
   * The resolved scenario (after `extends`, every default filled in) as a JSON object, so that a
   * log can be replayed on its own (`drift replay`). Optional in the format, so that headers
   * written before it existed still read; replay refuses a log without it.
   */
  readonly scenarioDefinition?: Readonly<Record<string, unknown>>;
}

/** The run-specific part of a header; the format fields are this module's to fill. */
export type LogHeaderRun = Omit<LogHeader, 'format' | 'formatVersion' | 'program'>;

/** One decoded log line. */
export type LogLine =
  | { readonly kind: 'header'; readonly header: LogHeader }
  | { readonly kind: 'event'; readonly event: SimEvent }
  | { readonly kind: 'blank' };

const HEADER_KEYS: readonly (keyof LogHeader)[] = [
  'format', 'formatVersion', 'program', 'version', 'scenario', 'scenarioHash', 'seed', 'replication', 'scenarioDefinition',
];
const BLANK: LogLine = Object.freeze({ kind: 'blank' });

/**
 * Builds a header for the current log format from the run's identity.
 * @example createLogHeader({ version: '0.1.0', scenario: 'baseline', scenarioHash: 'ab12', seed: 42, replication: 1 })
 */
export function createLogHeader(run: LogHeaderRun): LogHeader {
  return checkLogHeader({ format: LOG_FORMAT, formatVersion: LOG_FORMAT_VERSION, program: 'drift', ...run });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(key: string, message: string): never {
  throw new EventFormatError(`header.${key}`, message);
}

/**
 * Checks a header record field by field, format first: a log from a newer drift should say so,
 * not complain about a field this version has never heard of.
 * @example checkLogHeader(JSON.parse(line).header)
 */
export function checkLogHeader(record: unknown): LogHeader {
  if (!isRecord(record)) throw new EventFormatError('header', `expected an object with ${HEADER_KEYS.join(', ')}`);
  const { format, formatVersion, program, version, scenario, scenarioHash, seed, replication, scenarioDefinition } = record;
  if (format !== LOG_FORMAT) {
    fail('format', `${JSON.stringify(format)} is not a drift event log format; expected "${LOG_FORMAT}" (is this the right file?)`);
  }
  if (formatVersion !== LOG_FORMAT_VERSION) {
    const newer = typeof formatVersion === 'number' && formatVersion > LOG_FORMAT_VERSION;
    fail('formatVersion', newer
      ? `format version ${formatVersion} is newer than this drift reads (${LOG_FORMAT_VERSION}); upgrade drift to read this log`
      : `unknown format version ${JSON.stringify(formatVersion)}; this drift reads version ${LOG_FORMAT_VERSION}`);
  }
  for (const key of Object.keys(record)) {
    if (!(HEADER_KEYS as readonly string[]).includes(key)) fail(key, `unknown field; a header has only ${HEADER_KEYS.join(', ')}`);
  }
  if (program !== 'drift') fail('program', `expected "drift", got ${JSON.stringify(program)}`);
  if (typeof version !== 'string' || version === '') fail('version', `expected the program version, e.g. "0.1.0", got ${JSON.stringify(version)}`);
  if (typeof scenario !== 'string' || scenario === '') fail('scenario', `expected the scenario name, got ${JSON.stringify(scenario)}`);
  if (typeof scenarioHash !== 'string' || !/^[0-9a-f]+$/.test(scenarioHash)) {
    fail('scenarioHash', `expected a lowercase hex digest, got ${JSON.stringify(scenarioHash)}`);
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) fail('seed', `expected a whole number, got ${JSON.stringify(seed)}`);
  if (typeof replication !== 'number' || !Number.isSafeInteger(replication) || replication < 0) {
    fail('replication', `expected a whole number ≥ 0, got ${JSON.stringify(replication)}`);
  }
  const checked: LogHeader = { format, formatVersion, program, version, scenario, scenarioHash, seed, replication };
  if (scenarioDefinition === undefined) return checked;
  if (!isRecord(scenarioDefinition)) {
    fail('scenarioDefinition', `expected the resolved scenario as a JSON object, got ${Array.isArray(scenarioDefinition) ? 'a list' : JSON.stringify(scenarioDefinition)}`);
  }
  return { ...checked, scenarioDefinition };
}

/**
 * Writes the header line (without its `\n`), checked first so that a log is never started that
 * could not be read back.
 * @example encodeHeaderLine(createLogHeader({ version: '0.1.0', scenario: 'baseline', scenarioHash: 'ab12', seed: 42, replication: 1 }))
 */
export function encodeHeaderLine(header: LogHeader): string {
  const h = checkLogHeader(header);
  // A fresh object in HEADER_KEYS order: the caller's object may have been built in any order.
  // The scenario goes last, so the short identity fields stay readable at the start of the line;
  // its own keys are written as given (the cli passes canonical, key-sorted JSON).
  return JSON.stringify({
    header: {
      format: h.format, formatVersion: h.formatVersion, program: h.program, version: h.version,
      scenario: h.scenario, scenarioHash: h.scenarioHash, seed: h.seed, replication: h.replication,
      scenarioDefinition: h.scenarioDefinition,
    },
  });
}

// ── event lines ─────────────────────────────────────────────────────────────

/** How one data field is turned into JSON text by {@link encodeEventLine}. */
type ValueWriter = 'quoted' | 'number' | 'boolean' | 'date' | 'json';

interface FieldWriter {
  readonly key: string;
  /** `"key":`, precomputed so the hot path only concatenates. */
  readonly prefix: string;
  readonly writer: ValueWriter;
}

interface LineTemplate {
  /** `{"type":"<type>","day":"`. */
  readonly head: string;
  readonly idKey: 'child' | 'worker';
  /** `","child":"` or `","worker":"`. */
  readonly idPrefix: string;
  readonly fields: readonly FieldWriter[];
}

/** Strings JSON.stringify would copy unchanged between quotes (it escapes `"`, `\`, controls and lone surrogates). */
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

function writerOf(spec: FieldSpec | WorkforceFieldSpec): ValueWriter {
  switch (spec.kind) {
    case 'code':
      // Code lists are fixed tables; if one ever gains a character that needs escaping, that field
      // falls back to JSON.stringify instead of writing a broken line.
      return spec.codes.every((c) => PLAIN.test(c)) ? 'quoted' : 'json';
    case 'worker':
    case 'team':
      return 'quoted'; // ids are minted from [A-Za-z0-9_-] only (domain/ids.ts)
    case 'date':
      return 'date';
    case 'count':
    case 'positive':
      return 'number';
    case 'boolean':
      return 'boolean';
    default: {
      const unknownKind: never = spec;
      throw new Error(`unknown field kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

function template(type: string, idKey: 'child' | 'worker', fields: Readonly<Record<string, FieldSpec | WorkforceFieldSpec>>): LineTemplate {
  return {
    head: `{"type":${JSON.stringify(type)},"day":"`,
    idKey,
    idPrefix: `","${idKey}":"`,
    fields: Object.entries(fields).map(([key, spec]) => ({ key, prefix: `${JSON.stringify(key)}:`, writer: writerOf(spec) })),
  };
}

/** One template per event type, built once from the field tables so that it follows them. */
const TEMPLATES: ReadonlyMap<string, LineTemplate> = new Map([
  ...EVENT_TYPES.map((type) => [type, template(type, 'child', EVENT_FIELDS[type])] as const),
  ...WORKFORCE_EVENT_TYPES.map((type) => [type, template(type, 'worker', WORKFORCE_EVENT_FIELDS[type])] as const),
]);

// Events arrive in day order, so most share the previous event's day: remember its text.
let lastDay = Number.NaN;
let lastDayText = '';

function dayText(day: SimDay): string {
  if (day !== lastDay) {
    lastDayText = toLocalDate(day);
    lastDay = day;
  }
  return lastDayText;
}

function valueText(writer: ValueWriter, value: unknown): string {
  switch (writer) {
    case 'quoted':
      return `"${value as string}"`;
    case 'number':
    case 'boolean':
      // For finite numbers and booleans, String() and JSON.stringify() give the same text.
      return String(value);
    case 'date':
      return `"${toLocalDate(value as SimDay)}"`;
    case 'json':
      return JSON.stringify(value);
    default: {
      const unknownWriter: never = writer;
      throw new Error(`unknown value writer ${JSON.stringify(unknownWriter)}`);
    }
  }
}

/**
 * Writes one event as its log line (without the `\n`): the same text as
 * `JSON.stringify(encodeSimEvent(event))`, built from a per-type template because it runs for every
 * event of a run. The event is trusted to be well typed (house rule 7: it was checked where it was made).
 * @example encodeEventLine(event) // {"type":"visit.made","day":"2024-01-05","child":"C1","data":{"seenAlone":true}}
 */
export function encodeEventLine(event: SimEvent): string {
  const t = TEMPLATES.get(event.type);
  if (t === undefined) {
    throw new EventFormatError('type', `cannot write unknown event type ${JSON.stringify(event.type)}; add it to the event catalogue first`);
  }
  const id = (event as unknown as Readonly<Record<string, string>>)[t.idKey];
  const source = event.data as Readonly<Record<string, unknown>>;
  let data = '';
  for (const field of t.fields) {
    const value = source[field.key];
    if (value === undefined) continue;
    data += (data === '' ? field.prefix : `,${field.prefix}`) + valueText(field.writer, value);
  }
  return `${t.head}${dayText(event.day)}${t.idPrefix}${id}","data":{${data}}}`;
}

/**
 * Reads one line of an event log: the header, an event (journey or workforce) or a blank line.
 * Bad input throws `EventFormatError` with the path of the field that is wrong.
 * @example decodeLogLine('{"type":"staff.left","day":"2024-06-28","worker":"SW1","data":{"team":"T1","reason":"resigned"}}')
 */
export function decodeLogLine(text: string): LogLine {
  if (text.trim() === '') return BLANK;
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    throw new EventFormatError('(line)', `not valid JSON (${(error as Error).message}); an event log holds one JSON object a line`);
  }
  if (isRecord(record) && Object.prototype.hasOwnProperty.call(record, 'header')) {
    for (const key of Object.keys(record)) {
      if (key !== 'header') throw new EventFormatError(key, 'unknown field; a header line holds only {"header": {...}}');
    }
    return { kind: 'header', header: checkLogHeader(record['header']) };
  }
  return { kind: 'event', event: decodeSimEvent(record) };
}
