/**
 * The calibration of the 2015 scenario, run in CI exactly as the README shows it: 20 replications,
 * seed 1. Every published row must be within tolerance and the check must exit 0; if a change to the
 * model moves a row out, this test says so and the scenario must be refitted (and the README's
 * calibration output regenerated).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrateCommand } from '../../src/cli/commands/calibrate.ts';
import { closeReplicationPool } from '../../src/sim/replications.ts';
import { tempDir } from '../support/temp-dir.ts';

const REPO = join(import.meta.dirname, '..', '..');

interface CheckRow { readonly kpi: string; readonly within: boolean; readonly simulated: { readonly n: number } }

describe('west-sussex-2015 against its published figures (seed 1, 20 replications)', () => {
  afterAll(closeReplicationPool);

  it('is within tolerance on every row', async () => {
    let text = '';
    const err = { text: '', isTTY: false, write(t: string) { err.text += t; } };
    const context = { stderr: err, cwd: REPO, env: { DRIFT_RUNS_DB: join(tempDir('ws'), 'runs.sqlite') }, now: () => new Date(0) };
    const code = await calibrateCommand(
      ['check', 'west-sussex-2015', 'west-sussex-2015', '--replications', '20', '--seed', '1', '--threads', '2', '--json'],
      { write: (t: string) => { text += t; } }, context,
    );
    const result = JSON.parse(text) as { rows: CheckRow[] };
    expect(result.rows.length).toBe(30);
    expect(result.rows.every((r) => r.simulated.n === 20)).toBe(true);
    expect(result.rows.filter((r) => !r.within).map((r) => r.kpi)).toStrictEqual([]);
    expect(code).toBe(0);
  }, 600_000);
});
