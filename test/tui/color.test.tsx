import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { closeReplicationPool, runReplications } from '../../src/sim/replications.ts';
import { compareReports, summarise } from '../../src/sim/summarise.ts';
import Results from '../../src/tui/Results.tsx';
import App from '../../src/tui/App.tsx';
import { COLOUR, KEYS, scenariosFolder, settle, waitForFrame } from './support.ts';

const folder = scenariosFolder();
afterAll(async () => {
  folder.remove();
  await closeReplicationPool();
});


function planner(color: boolean) {
  return render(<App host={folder.host} settings={{ seed: 2, replications: 2, threads: 2 }} scenario="small" color={color}
    size={{ columns: 80, rows: 24 }} initialScreen="planner" />);
}

describe('colour and responsiveness', () => {
  it('draws no colour at all when NO_COLOR is set, and keeps the symbols and words', async () => {
    const coloured = planner(true);
    await settle();
    coloured.stdin.write(KEYS.right);
    const withColour = await waitForFrame(coloured.lastFrame, (f) => f.includes('16 → 17'));
    coloured.unmount();
    const plain = planner(false);
    await settle();
    plain.stdin.write(KEYS.right);
    const withoutColour = await waitForFrame(plain.lastFrame, (f) => f.includes('16 → 17'));
    plain.unmount();
    // ink-testing-library's stream is not a terminal, so chalk may leave colour out either way; the
    // end-to-end test checks colour in a real terminal with and without NO_COLOR.
    expect(withColour).toContain('*Permanent turnover');
    expect(withoutColour).not.toMatch(COLOUR);
    expect(withoutColour).toContain('*Permanent turnover');
  });

  it('keeps taking keys while a run goes on in worker threads (the delays are measured by npm run bench:tui)', async () => {
    const app = planner(false);
    await settle();
    app.stdin.write('r');
    await waitForFrame(app.lastFrame, (f) => f.includes('Running baseline and what-if'));
    // Keys still move the cursor while the run goes on: the simulation is off the render thread.
    app.stdin.write(KEYS.down);
    await waitForFrame(app.lastFrame, (f) => f.includes('› Agency turnover') || f.includes('Results'));
    await waitForFrame(app.lastFrame, (f) => f.includes('outside expectation'), 60_000);
    app.unmount();
  });

  it('renders the results of a run from the paired comparison, the series and the table', async () => {
    const scenario = folder.host.loadScenario('small');
    const results = await runReplications(scenario, 4, 4, { threads: 2 });
    const reports = results.map((r) => r.report);
    const years = compareReports(reports, reports);
    const frame = render(<Results results={{ baselineName: 'a', whatIfName: 'b', replications: 4, years, baseline: summarise(reports), whatIf: summarise(reports) }}
      year={0} cursor={0} picked={['contacts', 'referrals']} isFocused rows={21} />);
    expect(frame.lastFrame()).toContain('Contacts');
    frame.unmount();
  });
});
