import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calibrateCommand } from '../../src/cli/commands/calibrate.ts';
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { measureValue } from '../../src/sim/calibrate/index.ts';
import { closeReplicationPool, runReplications } from '../../src/sim/replications.ts';
import { capture, runBin, workDir } from '../cli/support.ts';

const SEED = 5;
const REPLICATIONS = 3;

/** The small scenario's own means over the same replications a check with SEED and REPLICATIONS runs. */
async function ownMeans(cwd: string): Promise<{ contacts: number; nfa: number; cinSeptember: number }> {
  const scenario = loadScenario('small.yaml', fileScenarioSource(SCENARIOS_DIR, cwd));
  const reports = (await runReplications(scenario, SEED, REPLICATIONS, { threads: 1 })).map((r) => r.report);
  const mean = (pick: (i: number) => number | null): number => reports.reduce((sum, _, i) => sum + (pick(i) ?? Number.NaN), 0) / reports.length;
  return {
    contacts: mean((i) => measureValue(reports[i] as (typeof reports)[number], { series: 'yearly', kpi: 'contacts', year: undefined })),
    nfa: mean((i) => measureValue(reports[i] as (typeof reports)[number], { series: 'yearly', kpi: 'assessmentsNoFurtherActionPct', year: '2017-18' })),
    cinSeptember: mean((i) => measureValue(reports[i] as (typeof reports)[number], { series: 'monthly', kpi: 'cinAtMonthEnd', month: 9, year: undefined })),
  };
}

function targetsYaml(rows: readonly { name: string; kpi: string; value: number; extra?: string }[]): string {
  return `name: own-figures\ntargets:\n${rows.map((r) => `  - name: ${r.name}\n    kpi: ${r.kpi}\n    value: ${r.value}\n    source: the small scenario itself\n${r.extra ?? ''}`).join('')}`;
}

async function check(cwd: string, argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const { out, context } = capture(cwd);
  const code = await calibrateCommand(['check', ...argv, '--seed', String(SEED), '--replications', String(REPLICATIONS), '--threads', '1'], out, context);
  return { code, out: out.text, err: context.stderr.text };
}

describe(`drift calibrate check (seed: ${SEED})`, () => {
  let cwd: string;
  let own: Awaited<ReturnType<typeof ownMeans>>;
  beforeAll(async () => {
    cwd = workDir();
    own = await ownMeans(cwd);
    // Each within tolerance by construction: 4% off a count (±10%), 2 pp off a percentage (±3 pp), exact.
    writeFileSync(join(cwd, 'pass.targets.yaml'), targetsYaml([
      { name: 'Contacts', kpi: 'contacts', value: Math.round(own.contacts * 1.04) },
      { name: 'No further action', kpi: 'assessmentsNoFurtherActionPct', value: Math.round((own.nfa - 2) * 10) / 10, extra: "    year: '2017-18'\n" },
      { name: 'CIN at 30 September', kpi: 'cinAtMonthEnd', value: own.cinSeptember, extra: '    month: September\n' },
    ]));
    // The same, with contacts 20% above the simulated mean and NFA 4 pp below it.
    writeFileSync(join(cwd, 'fail.targets.yaml'), targetsYaml([
      { name: 'Contacts', kpi: 'contacts', value: Math.round(own.contacts * 1.2) },
      { name: 'No further action', kpi: 'assessmentsNoFurtherActionPct', value: Math.round((own.nfa - 4) * 10) / 10 },
      { name: 'CIN at 30 September', kpi: 'cinAtMonthEnd', value: own.cinSeptember, extra: '    month: September\n' },
    ]));
  });
  afterAll(() => closeReplicationPool());

  it('exits 0 and says yes on every row when each simulated mean is within its tolerance', async () => {
    const { code, out } = await check(cwd, ['small.yaml', 'pass.targets.yaml']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^calibrate check: scenario small \\([0-9a-f]{12}\\) against targets own-figures \\(pass\\.targets\\.yaml\\); seed ${SEED}, drift `));
    expect(lines[1]).toBe(`simulated = mean over ${REPLICATIONS} replications with its 95% interval; report year 2017-18 (a row without a year is the mean over them)`);
    expect(lines[3]).toMatch(/^ {2}target +KPI +target +simulated +95% interval +difference +tolerance +within$/);
    expect(lines[4]).toMatch(/^ {2}Contacts +contacts +[\d,]+ +[\d,]+\.\d +[\d,.]+ – [\d,.]+ +-[\d,.]+ +±10% +yes$/);
    expect(lines[5]).toMatch(/^ {2}No further action +assessmentsNoFurtherActionPct, 2017-18 +[\d.]+% +[\d.]+% +[\d.]+ – [\d.]+% +\+[12]\.\d pp +±3 pp +yes$/);
    expect(lines[6]).toMatch(/^ {2}CIN at 30 September +cinAtMonthEnd, September +[\d,.]+ +[\d,.]+ +[\d,.]+ – [\d,.]+ +0\.0 +±10% +yes$/);
    expect(lines[8]).toBe('all 3 targets within tolerance');
  });

  it('exits 1 and names the rows outside their tolerance', async () => {
    const { code, out } = await check(cwd, ['small.yaml', 'fail.targets.yaml']);
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[4]).toMatch(/ +-[\d,.]+ +±10% +no$/);
    expect(lines[5]).toMatch(/ +\+[34]\.\d pp +±3 pp +no$/);
    expect(lines[6]).toMatch(/ +yes$/);
    expect(lines[8]).toBe('1 of 3 targets within tolerance; outside: Contacts; No further action');
  });

  it('gives every row with its target, estimate, tolerance and verdict as JSON with --json', async () => {
    const { code, out } = await check(cwd, ['small.yaml', 'fail.targets.yaml', '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as Record<string, unknown> & { rows: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['program', 'version', 'scenario', 'scenarioHash', 'targets', 'targetsFile', 'seed', 'replications', 'years', 'passed', 'failed', 'rows']);
    expect([json['scenario'], json['targets'], json['seed'], json['replications'], json['years'], json['passed'], json['failed']])
      .toEqual(['small', 'own-figures', SEED, REPLICATIONS, ['2017-18'], 1, 2]);
    const cin = json.rows[2] as { simulated: { mean: number; n: number }; tolerance: unknown; within: boolean; series: string; month: number };
    expect([cin.series, cin.month, cin.within, cin.simulated.n, cin.simulated.mean]).toEqual(['monthly', 9, true, REPLICATIONS, Math.round(own.cinSeptember * 1000) / 1000]);
    expect(cin.tolerance).toEqual({ kind: 'relative', value: 0.1, defaulted: true, allowed: Math.abs(own.cinSeptember) * 0.1 });
  });

  it('exits 2 with file:line messages for a bad targets file, before running anything', () => {
    writeFileSync(join(cwd, 'bad.targets.yaml'), 'name: bad\ntargets:\n  - name: ICPCs\n    kpi: icpcWithin15WorkingDaysPct\n    year: 2015-16\n    value: 72.3%\n    source: x\n');
    const result = runBin(cwd, ['calibrate', 'check', 'small.yaml', 'bad.targets.yaml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('bad.targets.yaml:6: targets[0].value: expected a number, got "72.3%"; write the published figure as a plain number, without % or commas, e.g. value: 71\n');
  });

  it('exits 2 naming the missing file, or the arguments it needs', async () => {
    expect(runBin(cwd, ['calibrate', 'check', 'small.yaml', 'nowhere.yaml'])).toMatchObject({
      status: 2, stderr: expect.stringMatching(/^nowhere\.yaml: no such file; check the path \(relative to the working directory, .*\)\n$/),
    });
    await expect(check(cwd, ['small.yaml'])).rejects.toThrow('drift calibrate check: give a scenario and a targets file, got 1 argument; usage: drift calibrate check SCENARIO TARGETS');
  });
});
