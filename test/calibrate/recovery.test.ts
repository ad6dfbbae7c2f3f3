import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calibrateCommand } from '../../src/cli/commands/calibrate.ts';
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { measureValue } from '../../src/sim/calibrate/index.ts';
import { closeReplicationPool, runReplications } from '../../src/sim/replications.ts';
import { capture, workDir } from '../cli/support.ts';

/**
 * Parameter recovery: simulate the small scenario with known values of two behavioural
 * parameters, take its own KPIs as targets, fit from starting points well away from the truth,
 * and get the known values back. Two conversion rates at the front of the journey, each with a
 * strong, smooth effect on one KPI: the log-odds of a contact becoming a referral (≈ +5% referrals
 * per +0.1) and of an assessment ending in a child-in-need plan (≈ −1.2 pp no-further-action per +0.1).
 * With the same seeds the objective is exactly 0 at the truth, so what is tested is the search.
 */
const SEED = 11;
const REPLICATIONS = 2;
const MAX_EVALUATIONS = 36;
const PARAMS = ['decisions.screenReferral.intercept', 'decisions.assessmentCin.intercept'] as const;
const TRUTH = [-3.2, -2.4] as const;
/** The starts: each parameter 0.3–0.4 log-odds off (≈ 15–20% of referrals, 4–5 pp of no further action). */
const STARTS = [[-3.6, -2.0], [-2.9, -2.8]] as const;
/** Recovered within 0.05 log-odds: about 2.5% of referrals and 0.6 pp of no further action. */
const RECOVERED_WITHIN = 0.05;

function decisionsYaml(name: string, [referral, cin]: readonly number[]): string {
  return `name: ${name}\nextends: small.yaml\ndecisions:\n  screenReferral: { intercept: ${referral} }\n  assessmentCin: { intercept: ${cin} }\n`;
}

describe(`drift calibrate fit recovers known parameters (seed: ${SEED})`, () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = workDir();
    writeFileSync(join(cwd, 'truth.yaml'), decisionsYaml('truth', TRUTH));
    const truth = loadScenario('truth.yaml', fileScenarioSource(SCENARIOS_DIR, cwd));
    const reports = (await runReplications(truth, SEED, REPLICATIONS, { threads: 1 })).map((r) => r.report);
    const mean = (kpi: string): number => reports.reduce((sum, r) => sum + (measureValue(r, { series: 'yearly', kpi, year: undefined }) ?? Number.NaN), 0) / reports.length;
    writeFileSync(join(cwd, 'truth.targets.yaml'), `name: truth
targets:
  - name: Referrals
    kpi: referrals
    value: ${mean('referrals')}
    tolerance: { relative: 0.02 }
    source: the truth scenario, seed ${SEED}
  - name: Assessments ending in no further action
    kpi: assessmentsNoFurtherActionPct
    value: ${mean('assessmentsNoFurtherActionPct')}
    tolerance: { pp: 0.5 }
    source: the truth scenario, seed ${SEED}
`);
  });
  afterAll(() => closeReplicationPool());

  it.each(STARTS.map((start, i) => ({ start, i })))('from $start within ±0.05 of [-3.2, -2.4]', async ({ start, i }) => {
    writeFileSync(join(cwd, `start-${i}.yaml`), decisionsYaml(`start-${i}`, start));
    const { out, context } = capture(cwd);
    const began = performance.now();
    const code = await calibrateCommand([
      'fit', `start-${i}.yaml`, 'truth.targets.yaml', '--params', PARAMS.join(','), '--seed', String(SEED),
      '--replications', String(REPLICATIONS), '--max-evaluations', String(MAX_EVALUATIONS), '--threads', '1', '--out', `fitted/start-${i}.yaml`,
    ], out, context);
    const seconds = (performance.now() - began) / 1000;
    expect(code).toBe(0);
    // The written file extends the start and loads as a scenario with the fitted values.
    const fitted = loadScenario('fitted/start-' + i + '.yaml', fileScenarioSource(SCENARIOS_DIR, cwd));
    const recovered = [fitted.decisions.screenReferral.intercept, fitted.decisions.assessmentCin.intercept];
    const progress = context.stderr.text.trim().split('\n');
    process.stdout.write(`recovery from [${start.join(', ')}]: [${recovered.join(', ')}] (truth [${TRUTH.join(', ')}]), ${progress.length} evaluations, ${seconds.toFixed(1)} s\n`);
    recovered.forEach((value, p) => expect(Math.abs(value - (TRUTH[p] ?? 0))).toBeLessThanOrEqual(RECOVERED_WITHIN));
    // The slopes were not fitted and stay as the start had them.
    expect([fitted.decisions.screenReferral.riskSlope, fitted.decisions.assessmentCin.riskSlope]).toEqual([8, 5]);
    expect(progress[0]).toMatch(new RegExp(`^evaluation 1/${MAX_EVALUATIONS}: ${PARAMS[0]} = ${start[0]}, ${PARAMS[1]} = ${start[1]} → objective ([\\d.]+) \\(best \\1\\)$`));
    expect(out.text).toMatch(/\nall 2 targets within tolerance\n/);
    const text = readFileSync(join(cwd, `fitted/start-${i}.yaml`), 'utf8');
    expect(text).toMatch(new RegExp(`\\nextends: "\\.\\./start-${i}\\.yaml"\\ndecisions:\\n  screenReferral:\\n    # fitted by drift calibrate fit: start ${start[0]}, objective [\\d.]+ → [\\d.]+\\n    intercept: -?[\\d.]+\\n  assessmentCin:\\n    # fitted by drift calibrate fit: start ${start[1]}, objective [\\d.]+ → [\\d.]+\\n    intercept: -?[\\d.]+\\n$`));
  });
});
