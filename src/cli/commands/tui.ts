import { resolve } from 'node:path';
import { createElement } from 'react';
import { processContext, type CliContext } from '../context.ts';
import { InputError } from '../input-error.ts';
import { parseFlags, replicationOptions } from '../run-options.ts';
import { SCENARIOS_DIR } from '../scenario-files.ts';
import { createTuiHost } from '../tui-host.ts';
import { closeTrainerPool } from '../tui-trainer-pool.ts';

const USAGE = 'usage: drift tui [SCENARIO] [--seed N] [--replications N] [--years N] [--threads N] [--scenarios DIR]';

/**
 * ink decides once, when it is first imported, whether it runs under CI (a `CI` or
 * `CONTINUOUS_INTEGRATION` variable); if so it draws nothing until it exits. drift tui has just
 * checked that it talks to a terminal, so a person is at the keys whatever the variables say:
 * they are taken out of this process before ink is loaded (it is loaded here, not at start-up).
 */
async function loadInk() {
  delete process.env['CI'];
  delete process.env['CONTINUOUS_INTEGRATION'];
  const [{ render }, { default: App }] = await Promise.all([import('ink'), import('../../tui/App.tsx')]);
  return { render, App };
}

/** Where ink draws and reads keys: the process's terminal, or a test's streams. */
export interface Terminal {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
}

/**
 * `drift tui [SCENARIO]`: the planner's and trainer's screens (ink). Needs a terminal; returns
 * when the user presses q, after ink has restored it and the trainer's worker has stopped. The
 * caller closes the replication pool (main does).
 * @example process.exitCode = await tuiCommand(['baseline', '--replications', '4'])
 */
export async function tuiCommand(
  argv: readonly string[], context: CliContext = processContext(), terminal: Terminal = { stdin: process.stdin, stdout: process.stdout },
): Promise<number> {
  const { values, positionals } = parseFlags('tui', USAGE, {
    args: [...argv], allowPositionals: true,
    options: { seed: { type: 'string' }, replications: { type: 'string' }, years: { type: 'string' }, threads: { type: 'string' }, scenarios: { type: 'string' } },
  });
  if (positionals.length > 1) throw new InputError(`drift tui: give at most one scenario, got ${positionals.length}; ${USAGE}`);
  if (terminal.stdin.isTTY !== true || terminal.stdout.isTTY !== true) {
    throw new InputError('drift tui: needs a terminal for its screens; in scripts use drift run or drift compare instead');
  }
  const options = replicationOptions('tui', USAGE, values);
  const scenario = positionals[0] ?? 'baseline';
  const host = createTuiHost({ scenariosDir: values.scenarios === undefined ? SCENARIOS_DIR : resolve(context.cwd, values.scenarios), cwd: context.cwd, years: options.years });
  // Fail before the screen opens, so a bad file is reported as `file:line: path: message` on a normal terminal.
  host.loadScenario(scenario);
  const noColor = (context.env['NO_COLOR'] ?? '') !== '';
  const { render, App } = await loadInk();
  const app = render(createElement(App, {
    host, scenario, color: !noColor,
    settings: { seed: options.seed, replications: options.replications, threads: options.threads },
  }), { stdin: terminal.stdin, stdout: terminal.stdout, exitOnCtrlC: true });
  try {
    await app.waitUntilExit();
  } finally {
    await closeTrainerPool();
  }
  return 0;
}
