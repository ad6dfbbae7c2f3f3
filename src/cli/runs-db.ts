import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Estimate } from '../sim/statistics.ts';
import type { RunSummary } from '../sim/summarise.ts';
import { migrateRunDatabase, RunDatabaseError, type RunRecord } from '../store/index.ts';
import type { CliContext } from './context.ts';
import { InputError } from './input-error.ts';

/** Where the runs database lives unless DRIFT_RUNS_DB says otherwise (relative to the working directory). */
export const DEFAULT_RUNS_DB = '.drift/runs.sqlite';

/**
 * The runs database file: DRIFT_RUNS_DB if set (relative paths from the working directory),
 * else `.drift/runs.sqlite` under the working directory.
 * @example runsDatabasePath({ ...context, env: { DRIFT_RUNS_DB: '/tmp/runs.sqlite' } }) // '/tmp/runs.sqlite'
 */
export function runsDatabasePath(context: Pick<CliContext, 'cwd' | 'env'>): string {
  const chosen = context.env['DRIFT_RUNS_DB'];
  return resolve(context.cwd, chosen === undefined || chosen === '' ? DEFAULT_RUNS_DB : chosen);
}

/**
 * The path as messages show it: relative when it is under the working directory.
 * @example shownPath('/srv/drift/.drift/runs.sqlite', '/srv/drift') // '.drift/runs.sqlite'
 */
export function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/**
 * Opens (creating if needed) the runs database in WAL mode, so `drift runs` can read while a run
 * records, and brings its schema up to date. Close it when done.
 * @example const db = openRunsDatabase(path); try { … } finally { db.close(); }
 */
export function openRunsDatabase(path: string, cwd: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    // A run and a listing may meet; wait for the other rather than fail at once.
    db.pragma('busy_timeout = 5000');
    migrateRunDatabase(db);
    return db;
  } catch (error) {
    db?.close();
    throw databaseProblem(path, cwd, error);
  }
}

/**
 * Opens the runs database for reading, or returns undefined if it does not exist yet (listing
 * runs should not create a database as a side effect).
 * @example const db = openExistingRunsDatabase(path, cwd); if (db === undefined) out.write('no runs yet\n');
 */
export function openExistingRunsDatabase(path: string, cwd: string): Database.Database | undefined {
  return existsSync(path) ? openRunsDatabase(path, cwd) : undefined;
}

/**
 * Turns a database failure into a one-line input error that names the file and what to do.
 * @example throw databaseProblem(path, cwd, error)
 */
export function databaseProblem(path: string, cwd: string, error: unknown): InputError {
  const shown = shownPath(path, cwd);
  if (error instanceof RunDatabaseError) return new InputError(`${shown}: ${error.message}`);
  const message = error instanceof Error ? error.message : String(error);
  return new InputError(`${shown}: cannot use the runs database (${message}); point DRIFT_RUNS_DB at another file, or delete this one`);
}

function isEstimate(value: unknown): value is Estimate {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Readonly<Record<string, unknown>>;
  const numberOrNull = (x: unknown): boolean => x === null || typeof x === 'number';
  return numberOrNull(e['mean']) && numberOrNull(e['low']) && numberOrNull(e['high']) && typeof e['n'] === 'number';
}

function isPeriodList(value: unknown, withDates: boolean): boolean {
  return Array.isArray(value) && value.every((p: unknown) => {
    if (typeof p !== 'object' || p === null) return false;
    const r = p as Readonly<Record<string, unknown>>;
    const kpis = r['kpis'];
    return typeof r['label'] === 'string' && (!withDates || (typeof r['start'] === 'string' && typeof r['end'] === 'string'))
      && typeof kpis === 'object' && kpis !== null && Object.values(kpis).every(isEstimate);
  });
}

/**
 * The RunSummary of a stored run. A run is stored with its yearly estimates (`{ replications,
 * years }`) as its KPIs and its monthly estimates as its series; they are checked on the way
 * back, since the file may have been edited by hand.
 * @example renderKpiTable({ heading, intervals: true, years: storedSummary(run, file).years })
 */
export function storedSummary(run: RunRecord, shownFile: string): RunSummary {
  const kpis = run.kpis as Readonly<Record<string, unknown>> | null;
  if (typeof kpis !== 'object' || kpis === null || typeof kpis['replications'] !== 'number' || !isPeriodList(kpis['years'], true)
    || !isPeriodList(run.series, false)) {
    throw new InputError(`${shownFile}: run ${run.id} does not hold KPIs this drift can read (was the database changed outside drift?); run the scenario again`);
  }
  return { replications: kpis['replications'], years: kpis['years'] as RunSummary['years'], months: run.series as RunSummary['months'] };
}
