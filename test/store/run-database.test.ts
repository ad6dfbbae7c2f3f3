import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RUN_DATABASE_VERSION, RunDatabaseError, getRun, listRuns, migrateRunDatabase, recordRun, type RunRecordInput,
} from '../../src/store/index.ts';

const baseline: RunRecordInput = {
  createdAt: '2025-05-01T09:30:00.000Z',
  programVersion: '0.1.0',
  scenarioName: 'baseline',
  scenarioHash: '9f86d081',
  scenarioText: 'name: baseline\nyears: 5\n',
  seed: 42,
  replications: 20,
  years: 5,
  kpis: { assessmentsWithin45: { mean: 0.81, low: 0.79, high: 0.83 }, unallocated: [3, 4, null] },
  series: [{ month: '2025-04', contacts: 1210 }],
};

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
});

afterEach(() => {
  db.close();
});

describe('runs database', () => {
  it('creates its tables once and records the schema version', () => {
    migrateRunDatabase(db);
    migrateRunDatabase(db);
    expect(db.pragma('user_version', { simple: true })).toBe(RUN_DATABASE_VERSION);
    const columns = db.prepare<[], { name: string; type: string; notnull: number }>("SELECT name, type, \"notnull\" FROM pragma_table_info('runs')").all();
    expect(columns.map((c) => `${c.name} ${c.type}${c.notnull === 1 ? ' NOT NULL' : ''}`)).toEqual([
      'id INTEGER', 'created_at TEXT NOT NULL', 'program_version TEXT NOT NULL', 'scenario_name TEXT NOT NULL',
      'scenario_hash TEXT NOT NULL', 'scenario_text TEXT NOT NULL', 'seed INTEGER NOT NULL', 'replications INTEGER NOT NULL',
      'years INTEGER NOT NULL', 'kpis_json TEXT NOT NULL', 'series_json TEXT NOT NULL', 'out_dir TEXT',
    ]);
  });

  it('keeps the runs already recorded when migrated again', () => {
    migrateRunDatabase(db);
    recordRun(db, baseline);
    migrateRunDatabase(db);
    expect(listRuns(db)).toHaveLength(1);
  });

  it('refuses a database written by a newer drift, and leaves it alone', () => {
    db.pragma(`user_version = ${RUN_DATABASE_VERSION + 1}`);
    expect(() => migrateRunDatabase(db)).toThrow(RunDatabaseError);
    expect(() => migrateRunDatabase(db)).toThrow('newer than this drift knows (1); upgrade drift, or point it at another database file');
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'runs'").pluck().get()).toBe(0);
  });

  it('says to migrate first when the tables are missing', () => {
    expect(() => recordRun(db, baseline)).toThrow('call migrateRunDatabase(db) after opening it');
    expect(() => listRuns(db)).toThrow(RunDatabaseError);
  });

  it('records a run and reads it back in full, with its KPIs and series parsed', () => {
    migrateRunDatabase(db);
    const id = recordRun(db, { ...baseline, outDir: 'out/baseline' });
    expect(getRun(db, id)).toEqual({
      id,
      createdAt: '2025-05-01T09:30:00.000Z',
      programVersion: '0.1.0',
      scenarioName: 'baseline',
      scenarioHash: '9f86d081',
      scenarioText: 'name: baseline\nyears: 5\n',
      seed: 42,
      replications: 20,
      years: 5,
      kpis: { assessmentsWithin45: { mean: 0.81, low: 0.79, high: 0.83 }, unallocated: [3, 4, null] },
      series: [{ month: '2025-04', contacts: 1210 }],
      outDir: 'out/baseline',
    });
  });

  it('leaves outDir out of a run that wrote no files', () => {
    migrateRunDatabase(db);
    const run = getRun(db, recordRun(db, baseline));
    expect(run).toBeDefined();
    expect(run !== undefined && 'outDir' in run).toBe(false);
  });

  it('answers undefined for a run that does not exist', () => {
    migrateRunDatabase(db);
    expect(getRun(db, 99)).toBeUndefined();
  });

  it('lists runs most recently recorded first, with a limit', () => {
    migrateRunDatabase(db);
    const first = recordRun(db, baseline);
    const second = recordRun(db, { ...baseline, createdAt: '2025-05-01T10:00:00.000Z', scenarioName: 'turnover-25', scenarioHash: 'aa', seed: 7 });
    const third = recordRun(db, { ...baseline, createdAt: '2025-05-02T08:00:00.000Z', scenarioName: 'cap-15', scenarioHash: 'bb', replications: 50, years: 10 });
    expect([first, second, third]).toEqual([1, 2, 3]);
    expect(listRuns(db)).toEqual([
      { id: 3, createdAt: '2025-05-02T08:00:00.000Z', scenarioName: 'cap-15', scenarioHash: 'bb', seed: 42, replications: 50, years: 10 },
      { id: 2, createdAt: '2025-05-01T10:00:00.000Z', scenarioName: 'turnover-25', scenarioHash: 'aa', seed: 7, replications: 20, years: 5 },
      { id: 1, createdAt: '2025-05-01T09:30:00.000Z', scenarioName: 'baseline', scenarioHash: '9f86d081', seed: 42, replications: 20, years: 5 },
    ]);
    expect(listRuns(db, { limit: 2 }).map((run) => run.id)).toEqual([3, 2]);
  });

  it('lists nothing from an empty database', () => {
    migrateRunDatabase(db);
    expect(listRuns(db)).toEqual([]);
  });

  it('keeps runs apart per database when two are open', () => {
    const other = new Database(':memory:');
    try {
      migrateRunDatabase(db);
      migrateRunDatabase(other);
      recordRun(db, baseline);
      expect(listRuns(other)).toEqual([]);
      expect(listRuns(db)).toHaveLength(1);
    } finally {
      other.close();
    }
  });

  it.each([
    [{ createdAt: '1 May 2025' }, /createdAt must be an ISO 8601 timestamp/],
    [{ seed: 1.5 }, /seed must be a whole number, got 1\.5/],
    [{ replications: 0 }, /replications must be a whole number ≥ 1, got 0/],
    [{ years: Number.NaN }, /years must be a whole number ≥ 1, got NaN/],
    [{ kpis: undefined }, /kpis must be a JSON value .*, got undefined/],
  ])('refuses to record a run with %j', (change, message) => {
    migrateRunDatabase(db);
    expect(() => recordRun(db, { ...baseline, ...change })).toThrow(message);
    expect(listRuns(db)).toEqual([]);
  });

  it('refuses a limit that is not a whole number ≥ 1', () => {
    migrateRunDatabase(db);
    expect(() => listRuns(db, { limit: 0 })).toThrow('limit must be a whole number ≥ 1, got 0');
  });

  it('says so when a stored run was corrupted outside drift', () => {
    migrateRunDatabase(db);
    const id = recordRun(db, baseline);
    db.prepare("UPDATE runs SET series_json = '{oops' WHERE id = ?").run(id);
    expect(() => getRun(db, id)).toThrow(/run 1: series_json is not valid JSON .*changed outside drift/);
  });
});
