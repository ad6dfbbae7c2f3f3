import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/commands/replay.ts';
import { runCommand } from '../../src/cli/commands/run.ts';
import { runsCommand } from '../../src/cli/commands/runs.ts';
import { InputError } from '../../src/cli/input-error.ts';
import { closeReplicationPool } from '../../src/sim/replications.ts';
import { KPIS, MONTHLY_KPIS, decodeLogLine } from '../../src/store/index.ts';
import { capture, REPO, workDir } from './support.ts';

const SEED = 7;
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const FILES = ['events.ndjson', 'kpis.csv', 'kpis.json', 'replication-1.kpis.json', 'series.csv'];

async function run(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { out, context } = capture(cwd);
  const code = await runCommand(argv, out, context);
  return { code, out: out.text, err: context.stderr.text };
}

function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

describe(`drift run on a small scenario (seed: ${SEED})`, () => {
  let cwd: string;
  let first: { code: number; out: string; err: string };
  const outDir = (): string => join(cwd, 'out', `small-seed${SEED}`);

  beforeAll(async () => {
    cwd = workDir();
    first = await run(cwd, ['small.yaml', '--seed', String(SEED), '--replications', '3', '--threads', '1']);
  });
  afterAll(() => closeReplicationPool());

  it('writes the five files, and nothing else, to out/<scenario>-seed<N>/', () => {
    expect(first.code).toBe(0);
    expect(readdirSync(outDir()).sort()).toEqual(FILES);
    expect(first.err).toBe('');
  });

  it('starts the event log with a header that holds the version, hash, seed and resolved scenario', () => {
    const [headerLine, secondLine] = read(outDir(), 'events.ndjson').split('\n');
    const { header } = JSON.parse(headerLine ?? '') as { header: Record<string, unknown> };
    const kpis = JSON.parse(read(outDir(), 'kpis.json')) as Record<string, unknown>;
    expect(Object.keys(header)).toEqual(['format', 'formatVersion', 'program', 'version', 'scenario', 'scenarioHash', 'seed', 'replication', 'scenarioDefinition']);
    expect([header['version'], header['scenario'], header['seed'], header['replication']]).toEqual([VERSION, 'small', SEED, 1]);
    expect(header['scenarioHash']).toMatch(/^[0-9a-f]{64}$/);
    expect(header['scenarioHash']).toBe(kpis['scenarioHash']);
    expect((header['scenarioDefinition'] as { calendar: unknown }).calendar).toEqual({ start: '2016-04-01', warmupYears: 1, years: 1 });
    expect(decodeLogLine(secondLine ?? '').kind).toBe('event');
  });

  it('writes kpis.json with the identity, the summary and every replication in order', () => {
    const kpis = JSON.parse(read(outDir(), 'kpis.json')) as { reports: { replication: number; report: unknown }[]; summary: { replications: number } } & Record<string, unknown>;
    expect(Object.keys(kpis)).toEqual(['program', 'version', 'scenario', 'scenarioHash', 'seed', 'replications', 'years', 'summary', 'reports']);
    expect([kpis['program'], kpis['version'], kpis['scenario'], kpis['seed'], kpis['replications'], kpis['years']]).toEqual(['drift', VERSION, 'small', SEED, 3, 1]);
    expect(kpis.summary.replications).toBe(3);
    expect(kpis.reports.map((r) => r.replication)).toEqual([1, 2, 3]);
    expect(`${JSON.stringify(kpis.reports[0]?.report, null, 2)}\n`).toBe(read(outDir(), 'replication-1.kpis.json'));
  });

  it('writes kpis.csv (a row per year and KPI) and series.csv (a row per month and monthly KPI)', () => {
    const kpis = read(outDir(), 'kpis.csv').trimEnd().split('\n');
    expect(kpis[0]).toBe('year,kpi,label,unit,mean,low,high,n,expectation');
    expect(kpis).toHaveLength(1 + KPIS.length);
    expect(kpis.find((line) => line.startsWith('2017-18,assessmentMedianWorkingDays,'))).toMatch(
      /^2017-18,assessmentMedianWorkingDays,Median working days to complete an assessment,workingDays,[\d.]+,[\d.]+,[\d.]+,3,at most 45 working days \(WT2023\)$/,
    );
    const series = read(outDir(), 'series.csv').trimEnd().split('\n');
    expect(series[0]).toBe('month,kpi,mean,low,high,n');
    expect(series).toHaveLength(1 + 12 * MONTHLY_KPIS.length);
    expect(series[1]).toMatch(/^2017-04,contacts,[\d.]+,[\d.]+,[\d.]+,3$/);
  });

  it('prints the KPI table with intervals and marks values outside an expectation in words', () => {
    const lines = first.out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      expect.stringMatching(new RegExp(`^small: scenario [0-9a-f]{12}, seed ${SEED}, 3 replications, drift ${VERSION.replaceAll('.', '\\.')}$`)),
      'KPIs per collection year: mean over replications with its 95% interval',
      '',
      '2017-18  (2017-04-01 to 2018-03-31)',
      expect.stringMatching(/^ {2}KPI +mean {2}95% interval +expectation$/),
    ]);
    expect(lines.find((line) => line.includes('Open clocks past due at 31 March'))).toMatch(/[\d.]+ +[\d.]+ – [\d.]+ +≤ 0 +▲ above expectation$/);
    expect(lines.slice(-3)).toEqual([
      `wrote out/small-seed${SEED}/ (kpis.json, kpis.csv, series.csv, events.ndjson, replication-1.kpis.json)`,
      'recorded as run 1 in runs.sqlite; "drift runs show 1" reopens it',
      '',
    ]);
  });

  it('gives byte-identical files for the same seed, whatever the thread count (D9)', async () => {
    const again = await run(cwd, ['small.yaml', '--seed', String(SEED), '--replications', '3', '--threads', '2', '--out', 'again']);
    expect(again.code).toBe(0);
    for (const name of FILES) expect(read(join(cwd, 'again'), name), name).toBe(read(outDir(), name));
  });

  it('rebuilds replication 1 from its log alone: replay --json is replication-1.kpis.json byte for byte', () => {
    const { out, context } = capture(cwd);
    expect(replayCommand([join(outDir(), 'events.ndjson'), '--json'], out, context)).toBe(0);
    expect(out.text).toBe(read(outDir(), 'replication-1.kpis.json'));
  });

  it('replays to a one-replication table without intervals', () => {
    const { out, context } = capture(cwd);
    replayCommand([join(outDir(), 'events.ndjson')], out, context);
    const lines = out.text.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^replay of .*events\\.ndjson: small: scenario [0-9a-f]{12}, seed ${SEED}, replication 1, \\d+ events, drift `));
    expect(lines[4]).toMatch(/^ {2}KPI +value {2}expectation$/);
    expect(lines.find((line) => line.startsWith('    Contacts '))).toMatch(/^ {4}Contacts +[\d,]+$/);
  });

  it('prints the kpis.json content with --json, and says where the files went on stderr', async () => {
    const json = await run(cwd, ['small.yaml', '--seed', String(SEED), '--replications', '3', '--threads', '1', '--out', 'json', '--json']);
    expect(json.out).toBe(read(join(cwd, 'json'), 'kpis.json'));
    expect(json.err).toBe('wrote json/ (kpis.json, kpis.csv, series.csv, events.ndjson, replication-1.kpis.json)\nrecorded as run 3 in runs.sqlite; "drift runs show 3" reopens it\n');
  });

  it('lists the runs newest first and reopens one with the same table', () => {
    const list = capture(cwd);
    runsCommand([], list.out, list.context);
    expect(list.out.text.split('\n')).toEqual([
      'runs recorded in runs.sqlite, newest first',
      '',
      '  id  when                  scenario  seed  replications  years',
      `   3  2025-05-01 09:30:00Z  small        ${SEED}             3      1`,
      `   2  2025-05-01 09:30:00Z  small        ${SEED}             3      1`,
      `   1  2025-05-01 09:30:00Z  small        ${SEED}             3      1`,
      '',
    ]);
    const show = capture(cwd);
    expect(runsCommand(['show', '1'], show.out, show.context)).toBe(0);
    const [where, ...table] = show.out.text.split('\n');
    expect(where).toBe(`run 1, recorded 2025-05-01 09:30:00Z, files in out/small-seed${SEED}`);
    // The same renderer and the same numbers as the run printed, down to the last row.
    expect(`${table.join('\n')}`).toBe(first.out.slice(0, first.out.indexOf('\nwrote ')));
  });

  it('lists runs as JSON', () => {
    const { out, context } = capture(cwd);
    runsCommand(['--json'], out, context);
    const runs = JSON.parse(out.text) as Record<string, unknown>[];
    expect(runs.map((r) => r['id'])).toEqual([3, 2, 1]);
    expect(Object.keys(runs[0] ?? {})).toEqual(['id', 'createdAt', 'scenarioName', 'scenarioHash', 'seed', 'replications', 'years']);
  });

  it('refuses an unknown run id with a message that says where to look', () => {
    const { out, context } = capture(cwd);
    expect(() => runsCommand(['show', '99'], out, context)).toThrow(new InputError('drift runs show: no run 99 in runs.sqlite; "drift runs" lists the ids there'));
  });

  it('says so when no run has been recorded, without creating the database', () => {
    const empty = workDir();
    const { out, context } = capture(empty);
    runsCommand([], out, context);
    expect(out.text).toBe('no runs recorded in runs.sqlite yet; "drift run" records one\n');
    expect(existsSync(join(empty, 'runs.sqlite'))).toBe(false);
  });
});
