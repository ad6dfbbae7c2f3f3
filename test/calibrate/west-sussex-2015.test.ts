/**
 * The calibration of the 2015 scenario, run in CI exactly as the README shows it: 20 replications,
 * seed 1. Every published row must be within tolerance except the one the model does not reach
 * without an output in disguise (listed with why); if it starts to pass, or another row starts to
 * fail, this test says so and the README's calibration table must be regenerated.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrateCommand } from '../../src/cli/commands/calibrate.ts';
import { closeReplicationPool } from '../../src/sim/replications.ts';

const REPO = join(import.meta.dirname, '..', '..');

/**
 * Rows outside tolerance, and why. Second plans (24%): the model's repeat plans come only from
 * children who come back with their risk, and a return rate high enough for 24% also pushes
 * referrals, and with them every stock, past the published figures.
 */
const KNOWN_MISSES = ['cpPlansSecondOrSubsequentPct'];

interface CheckRow { readonly kpi: string; readonly within: boolean; readonly simulated: { readonly n: number } }

describe('west-sussex-2015 against its published figures (seed 1, 20 replications)', () => {
  afterAll(closeReplicationPool);

  it('is within tolerance on every row but the known misses', async () => {
    let text = '';
    const err = { text: '', isTTY: false, write(t: string) { err.text += t; } };
    const context = { stderr: err, cwd: REPO, env: { DRIFT_RUNS_DB: join(mkdtempSync(join(tmpdir(), 'drift-ws-')), 'runs.sqlite') }, now: () => new Date(0) };
    const code = await calibrateCommand(
      ['check', 'west-sussex-2015', 'west-sussex-2015', '--replications', '20', '--seed', '1', '--threads', '2', '--json'],
      { write: (t: string) => { text += t; } }, context,
    );
    const result = JSON.parse(text) as { rows: CheckRow[] };
    expect(result.rows.length).toBe(28);
    expect(result.rows.every((r) => r.simulated.n === 20)).toBe(true);
    expect(result.rows.filter((r) => !r.within).map((r) => r.kpi)).toStrictEqual(KNOWN_MISSES);
    expect(code).toBe(1);
  }, 600_000);
});
