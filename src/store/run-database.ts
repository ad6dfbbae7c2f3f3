/**
 * The runs database (ARCHITECTURE D7): one SQLite row per run, with its scenario, seed, KPIs and
 * time series, so that planners can list, reopen and compare past runs. The cli opens the file
 * (and chooses WAL and the like) and hands the open database in; nothing here touches the file system.
 */
import type Database from 'better-sqlite3';

/** The schema version this code writes, kept in SQLite's `user_version` pragma. */
export const RUN_DATABASE_VERSION = 1;

/** What the caller knows about a finished run. */
export interface RunRecordInput {
  /** When the run was recorded, as an ISO 8601 timestamp from the caller's clock, e.g. `2025-05-01T09:30:00.000Z`. */
  readonly createdAt: string;
  readonly programVersion: string;
  readonly scenarioName: string;
  readonly scenarioHash: string;
  /** The resolved scenario (after `extends`) as YAML or JSON text, so the run can be repeated exactly. */
  readonly scenarioText: string;
  readonly seed: number;
  readonly replications: number;
  readonly years: number;
  /** Any JSON value; the KPI module defines its shape. */
  readonly kpis: unknown;
  /** Any JSON value; the KPI module defines its shape. */
  readonly series: unknown;
  /** Where the run's files were written, if anywhere. */
  readonly outDir?: string;
}

/** One line of the runs list. */
export interface RunSummary {
  readonly id: number;
  readonly createdAt: string;
  readonly scenarioName: string;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly replications: number;
  readonly years: number;
}

/** A stored run, read back in full. */
export interface RunRecord extends RunSummary {
  readonly programVersion: string;
  readonly scenarioText: string;
  readonly kpis: unknown;
  readonly series: unknown;
  readonly outDir?: string;
}

/** Thrown for a database this code cannot use or a run it will not record; the message says what to do. */
export class RunDatabaseError extends Error {
  override readonly name = 'RunDatabaseError';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  program_version TEXT NOT NULL,
  scenario_name TEXT NOT NULL,
  scenario_hash TEXT NOT NULL,
  scenario_text TEXT NOT NULL,
  seed INTEGER NOT NULL,
  replications INTEGER NOT NULL,
  years INTEGER NOT NULL,
  kpis_json TEXT NOT NULL,
  series_json TEXT NOT NULL,
  out_dir TEXT
);
CREATE INDEX IF NOT EXISTS runs_by_scenario ON runs (scenario_hash, seed);
`;

const SUMMARY_COLUMNS = 'id, created_at, scenario_name, scenario_hash, seed, replications, years';

interface SummaryRow {
  readonly id: number;
  readonly created_at: string;
  readonly scenario_name: string;
  readonly scenario_hash: string;
  readonly seed: number;
  readonly replications: number;
  readonly years: number;
}

interface RunRow extends SummaryRow {
  readonly program_version: string;
  readonly scenario_text: string;
  readonly kpis_json: string;
  readonly series_json: string;
  readonly out_dir: string | null;
}

/**
 * Creates the runs tables if they are missing and records the schema version; safe to call on
 * every open. A database from a newer drift is refused rather than altered.
 * @example
 * const db = new Database(file); // in the cli
 * migrateRunDatabase(db);
 */
export function migrateRunDatabase(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true });
  if (version === RUN_DATABASE_VERSION) return;
  if (typeof version !== 'number' || version > RUN_DATABASE_VERSION) {
    throw new RunDatabaseError(
      `this runs database has schema version ${String(version)}, newer than this drift knows (${RUN_DATABASE_VERSION}); ` +
        'upgrade drift, or point it at another database file',
    );
  }
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${RUN_DATABASE_VERSION}`);
  })();
}

interface Statements {
  readonly insert: Database.Statement<unknown[], unknown>;
  readonly list: Database.Statement<[number], SummaryRow>;
  readonly get: Database.Statement<[number], RunRow>;
}

// Prepared once per open database; a WeakMap lets a closed database's statements be collected.
const statementCache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  const cached = statementCache.get(db);
  if (cached !== undefined) return cached;
  let prepared: Statements;
  try {
    prepared = {
      insert: db.prepare(
        `INSERT INTO runs (created_at, program_version, scenario_name, scenario_hash, scenario_text, seed, replications, years,
           kpis_json, series_json, out_dir) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      list: db.prepare<[number], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM runs ORDER BY id DESC LIMIT ?`),
      get: db.prepare<[number], RunRow>('SELECT * FROM runs WHERE id = ?'),
    };
  } catch (error) {
    if (/no such table/.test((error as Error).message)) {
      throw new RunDatabaseError('this database has no runs table yet; call migrateRunDatabase(db) after opening it');
    }
    throw error;
  }
  statementCache.set(db, prepared);
  return prepared;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function wholeNumber(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RunDatabaseError(`${name} must be a whole number${min > Number.MIN_SAFE_INTEGER ? ` ≥ ${min}` : ''}, got ${value}`);
  }
  return value;
}

function jsonText(name: string, value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new RunDatabaseError(`${name} must be a JSON value (an object, array, number, string, boolean or null), got ${typeof value}`);
  return text;
}

/**
 * Records a finished run and returns its id; ids grow, so a later run has a larger id.
 * @example const id = recordRun(db, { createdAt: new Date().toISOString(), programVersion: '0.1.0', scenarioName: 'baseline', … });
 */
export function recordRun(db: Database.Database, run: RunRecordInput): number {
  if (!ISO_TIMESTAMP.test(run.createdAt)) {
    throw new RunDatabaseError(`createdAt must be an ISO 8601 timestamp such as 2025-05-01T09:30:00.000Z, got ${JSON.stringify(run.createdAt)}`);
  }
  const row = [
    run.createdAt, run.programVersion, run.scenarioName, run.scenarioHash, run.scenarioText,
    wholeNumber('seed', run.seed, Number.MIN_SAFE_INTEGER), wholeNumber('replications', run.replications, 1),
    wholeNumber('years', run.years, 1), jsonText('kpis', run.kpis), jsonText('series', run.series), run.outDir ?? null,
  ];
  const { insert } = statements(db);
  // One transaction per run: when a run's rows spread over more tables, they still land together.
  const info = db.transaction(() => insert.run(...row))();
  return Number(info.lastInsertRowid);
}

function summaryOf(row: SummaryRow): RunSummary {
  return {
    id: row.id, createdAt: row.created_at, scenarioName: row.scenario_name, scenarioHash: row.scenario_hash,
    seed: row.seed, replications: row.replications, years: row.years,
  };
}

/**
 * Lists recorded runs, the most recently recorded first.
 * @example listRuns(db, { limit: 20 }).map((run) => `${run.id} ${run.scenarioName} seed ${run.seed}`)
 */
export function listRuns(db: Database.Database, options: { readonly limit?: number } = {}): RunSummary[] {
  // SQLite reads a negative LIMIT as "no limit".
  const limit = options.limit === undefined ? -1 : wholeNumber('limit', options.limit, 1);
  return statements(db).list.all(limit).map(summaryOf);
}

function parseJson(id: number, column: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RunDatabaseError(`run ${id}: ${column} is not valid JSON (${(error as Error).message}); the database was changed outside drift`);
  }
}

/**
 * Reads one run back in full, with its KPIs and series parsed; `undefined` when there is no such run.
 * @example const run = getRun(db, 3); if (run === undefined) throw new Error('no run 3; see drift runs');
 */
export function getRun(db: Database.Database, id: number): RunRecord | undefined {
  const row = statements(db).get.get(id);
  if (row === undefined) return undefined;
  const record = {
    ...summaryOf(row),
    programVersion: row.program_version,
    scenarioText: row.scenario_text,
    kpis: parseJson(row.id, 'kpis_json', row.kpis_json),
    series: parseJson(row.id, 'series_json', row.series_json),
  };
  return row.out_dir === null ? record : { ...record, outDir: row.out_dir };
}
