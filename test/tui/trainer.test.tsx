import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { closeTrainerPool } from '../../src/cli/tui-trainer-pool.ts';
import App from '../../src/tui/App.tsx';
import { KEYS, scenariosFolder, settle, waitForFrame, widest } from './support.ts';

const folder = scenariosFolder();
afterAll(async () => {
  folder.remove();
  await closeTrainerPool();
});

function trainer() {
  return render(<App host={folder.host} settings={{ seed: 1, replications: 2, threads: 1 }} scenario="small" color={false}
    size={{ columns: 80, rows: 24 }} initialScreen="trainer" />);
}

async function press(app: ReturnType<typeof trainer>, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key);
    await settle(15);
  }
}

describe('trainer screen', () => {
  it('cancels the survey with Esc and goes home', async () => {
    const app = trainer();
    await settle();
    expect(app.lastFrame()).toContain('Simulating replication 1 of small');
    await press(app, KEYS.escape);
    await waitForFrame(app.lastFrame, (f) => f.includes('drift home'));
    app.unmount();
  });

  it('filters children, steps through one journey with its clocks, and replays it with a mechanism off', async () => {
    const app = trainer();
    const list = await waitForFrame(app.lastFrame, (f) => f.includes('Filter ←'), 60_000);
    expect(list).toContain('3+ social workers in a year');
    expect(list).toMatch(/› C\d+ +\d{4}-\d\d-\d\d/);
    await press(app, KEYS.right);
    await waitForFrame(app.lastFrame, (f) => f.includes('ICPC late'));
    await press(app, KEYS.right, KEYS.right);
    const inCare = await waitForFrame(app.lastFrame, (f) => f.includes('drifted in care'));
    expect(inCare).toMatch(/› C\d+/);
    expect(widest(inCare)).toBeLessThanOrEqual(80);
    await press(app, KEYS.enter);
    const player = await waitForFrame(app.lastFrame, (f) => f.includes('step 1/'));
    expect(player).toContain('State: frontDoor.contact');
    expect(player).toMatch(/Open clocks on \d{4}-\d\d-\d\d/);
    await press(app, KEYS.right, KEYS.right, KEYS.right);
    const later = await waitForFrame(app.lastFrame, (f) => f.includes('step 4/'));
    expect(later).toMatch(/due \d{4}-\d\d-\d\d +(\d+ working days? left|✗ OVERDUE by \d+ working days)/);
    await press(app, KEYS.left);
    await waitForFrame(app.lastFrame, (f) => f.includes('step 3/'));
    await press(app, 'm');
    await waitForFrame(app.lastFrame, (f) => f.includes('switch off: vacancies and recruitment lag'));
    await press(app, 'x');
    const side = await waitForFrame(app.lastFrame, (f) => f.includes('as simulated vs without'), 60_000);
    expect(side).toContain('without vacancies and recruitment lag (same seed)');
    expect(side).toMatch(/contact\.received +(\d{4}-\d\d-\d\d) +\1 +0/);
    expect(side).toMatch(/As simulated: \d+ late clocks/);
    expect(widest(side)).toBeLessThanOrEqual(80);
    await press(app, KEYS.escape);
    await waitForFrame(app.lastFrame, (f) => f.includes('step 3/'));
    await press(app, KEYS.escape);
    await waitForFrame(app.lastFrame, (f) => f.includes('Filter ←'));
    app.unmount();
  });
});
