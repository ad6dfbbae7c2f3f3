/**
 * `npm run bench:tui`: how long the terminal UI's render loop is held up while the planner runs a
 * what-if (issue: terminal UI, point 4, "nothing blocks the render loop for more than 100 ms").
 * Renders the planner on the scenarios of this repository, presses `r`, and records the event-loop
 * delay (perf_hooks monitorEventLoopDelay, 10 ms resolution) until the results are drawn; prints
 * the median, 99th percentile and maximum. Wall-clock figures belong here, not in tests.
 * Usage: npm run bench:tui [-- --replications 4 --threads 1]
 */
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { render } from 'ink-testing-library';
import { SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { createTuiHost } from '../../src/cli/tui-host.ts';
import { closeReplicationPool } from '../../src/sim/replications.ts';
import App from '../../src/tui/App.tsx';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const replications = argument('replications', 4);
const threads = argument('threads', Math.max(1, availableParallelism() - 1));
const host = createTuiHost({ scenariosDir: SCENARIOS_DIR, cwd: process.cwd(), years: 1 });
const app = render(<App host={host} settings={{ seed: 1, replications, threads }} scenario="baseline" color={false}
  size={{ columns: 80, rows: 24 }} initialScreen="planner" />);
await new Promise((resolve) => setTimeout(resolve, 100));
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const started = performance.now();
app.stdin.write('r');
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  if ((app.lastFrame() ?? '').includes('outside expectation')) break;
  if (performance.now() - started > 600_000) throw new Error('no results after 10 minutes');
}
delay.disable();
app.unmount();
await closeReplicationPool();
const ms = (ns: number) => (ns / 1e6).toFixed(1);
console.log(`drift tui planner: baseline and what-if, ${replications} replications each on ${threads} worker thread(s), ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`render-loop delay while running: median ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`);
