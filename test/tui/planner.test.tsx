import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run.ts';
import { fileScenarioSource } from '../../src/cli/scenario-files.ts';
import { closeTrainerPool } from '../../src/cli/tui-trainer-pool.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { closeReplicationPool } from '../../src/sim/replications.ts';
import App from '../../src/tui/App.tsx';
import { KEYS, scenariosFolder, settle, waitForFrame, widest } from './support.ts';

const folder = scenariosFolder();
afterAll(async () => {
  folder.remove();
  await closeReplicationPool();
  await closeTrainerPool();
});

function planner(replications = 2) {
  return render(<App host={folder.host} settings={{ seed: 3, replications, threads: 2 }} scenario="small" color={false}
    size={{ columns: 80, rows: 24 }} initialScreen="planner" />);
}

async function press(app: ReturnType<typeof planner>, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key);
    await settle(15);
  }
}

describe('planner screen', () => {
  it('lists the scenarios folder and moves levers with the arrow keys, showing unit and value', async () => {
    const app = planner();
    await settle();
    const first = app.lastFrame() ?? '';
    expect(first).toContain('small');
    expect(first).toContain('Permanent turnover    16');
    expect(first).toContain('% a year');
    await press(app, KEYS.right, KEYS.right, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.right);
    const moved = await waitForFrame(app.lastFrame, (f) => f.includes('16 → 18'));
    expect(moved).toContain('*Caseload target       19/17/16/23/13 (+1)');
    await press(app, '0');
    const reset = await waitForFrame(app.lastFrame, (f) => f.includes('Caseload target       18/16/15/22/12'));
    expect(widest(reset)).toBeLessThanOrEqual(80);
    app.unmount();
  });

  it('runs baseline and what-if in worker threads with a progress bar, then shows the KPI table and sparklines', async () => {
    const app = planner();
    await settle();
    await press(app, ...Array.from({ length: 14 }, () => KEYS.right));
    await press(app, 'r');
    const running = await waitForFrame(app.lastFrame, (f) => f.includes('Running baseline and what-if'));
    expect(running).toContain('Esc cancels');
    const results = await waitForFrame(app.lastFrame, (f) => f.includes('Results 20'), 60_000);
    expect(results).toContain('small-what-if vs small · 2 paired');
    expect(results).toMatch(/KPI +baseline +what-if +difference +outside expectation/);
    expect(results).toMatch(/▼ below \((both|what-if|baseline)\)/);
    expect(widest(results)).toBeLessThanOrEqual(80);
    await press(app, ' ');
    const spark = await waitForFrame(app.lastFrame, (f) => f.includes('what-if  '));
    expect(spark).toMatch(/Contacts +baseline [▁▂▃▄▅▆▇█]+/);
    for (let i = 0; i < 10 && !(app.lastFrame() ?? '').includes('Assessments within 45 working days:'); i += 1) await press(app, KEYS.down);
    const detail = await waitForFrame(app.lastFrame, (f) => f.includes('Assessments within 45 working days:'));
    expect(detail).toMatch(/baseline [\d.]+%.* · what-if [\d.]+%.* · difference [-+]?[\d.]+±[\d.]+pp/);
    app.unmount();
  });

  it('cancels a run with Esc and keeps nothing', async () => {
    const app = planner(6);
    await settle();
    await press(app, 'r');
    await waitForFrame(app.lastFrame, (f) => f.includes('Running baseline and what-if'));
    await press(app, KEYS.escape);
    const cancelled = await waitForFrame(app.lastFrame, (f) => f.includes('cancelled'));
    expect(cancelled).toContain('Press r to run again.');
    expect(cancelled).not.toContain('Results');
    expect(cancelled).toContain('drift planner');
    app.unmount();
  });

  it('saves the what-if as YAML that extends the baseline and runs with drift run', async () => {
    const app = planner();
    await settle();
    await press(app, 's');
    await waitForFrame(app.lastFrame, (f) => f.includes('Nothing to save'));
    await press(app, KEYS.right, KEYS.right, 's');
    const saved = await waitForFrame(app.lastFrame, (f) => f.includes('Saved'));
    expect(saved).toContain('run it with: drift run small-what-if');
    const text = readFileSync(join(folder.dir, 'small-what-if.yaml'), 'utf8');
    expect(text).toContain('extends: small.yaml');
    expect(text).toContain('annualTurnover: 0.18');
    const whatIf = loadScenario('small-what-if', fileScenarioSource(folder.dir, folder.dir));
    expect(whatIf.workforce.leavingCare.annualTurnover).toBe(0.18);
    expect(whatIf.population.children).toBe(25000);
    // A second save does not overwrite the first.
    await press(app, 's');
    await waitForFrame(app.lastFrame, (f) => f.includes('drift run small-what-if-2'));
    app.unmount();
    const out: string[] = [];
    const code = await runCommand([join(folder.dir, 'small-what-if.yaml'), '--replications', '1', '--threads', '1', '--out', join(folder.dir, 'out')],
      { write: (t: string) => out.push(t) },
      { stderr: { write: () => true }, cwd: folder.dir, env: { DRIFT_RUNS_DB: join(folder.dir, 'runs.sqlite') }, now: () => new Date(0) });
    expect(code).toBe(0);
    expect(out.join('')).toContain('small-what-if: scenario');
  });
});
