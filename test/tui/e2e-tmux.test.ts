/**
 * `drift tui` end to end in a real pseudo-terminal: tmux runs it at 80×24 on its own server
 * socket, the test presses keys with send-keys and reads the screen with capture-pane.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLOUR, scenariosFolder, settle } from './support.ts';

const folder = scenariosFolder();
const socket = `drift-e2e-${process.pid}`;
const session = 'drift';
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // The server ends by itself when its last session does.
  }
  folder.remove();
});


function start(name: string, env: string): void {
  const bin = join(process.cwd(), 'src', 'cli', 'bin.js');
  // Started from another directory, as an installed command would be: the project's tsconfig (JSX)
  // must still apply.
  // This process's own node, not whichever the tmux shell finds on its PATH.
  const command = `cd ${JSON.stringify(folder.dir)} && ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} tui small --scenarios ${JSON.stringify(folder.dir)} --replications 2; echo "drift tui exited with $?"; sleep 60`;
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', command);
}

// Shorter than the test's own timeout, so that a failure shows the screen it was waiting on.
async function screenWith(text: string, timeoutMs = 40_000, name = session): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const screen = tmux('capture-pane', '-p', '-t', name);
    if (screen.includes(text)) return screen;
    if (Date.now() > until) throw new Error(`"${text}" did not appear; the screen was:\n${screen}`);
    await settle(200);
  }
}

async function keys(...names: string[]): Promise<void> {
  for (const name of names) {
    tmux('send-keys', '-t', session, name);
    await settle(60);
  }
}

describe('drift tui in a terminal (tmux, 80×24)', () => {
  it('opens, runs a what-if, plays a child, and quits cleanly with q, even where CI is set', async () => {
    // ink draws nothing until it exits when it sees CI; drift tui, given a terminal, draws anyway.
    start(session, 'CI=true NO_COLOR=1');
    const home = await screenWith('Trainer');
    expect(home).toContain('drift home │ scenario small │ seed 1 │ 2 replications');
    expect(tmux('capture-pane', '-p', '-e', '-t', session)).not.toMatch(COLOUR);

    await keys('p');
    await screenWith('Levers');
    await keys('Right', 'Right', 'Right', 'Right');
    await screenWith('16 → 20');
    await keys('r');
    const results = await screenWith('outside expectation');
    expect(results).toMatch(/Results \d{4}-\d\d/);
    expect(results).toContain('small-what-if vs small · 2 paired');
    expect(results.split('\n').every((line) => [...line].length <= 80)).toBe(true);

    await keys('Escape');
    await screenWith('Levers');
    await keys('Escape');
    await screenWith('drift home');
    await keys('t');
    await screenWith('Filter ←');
    await keys('Enter');
    const player = await screenWith('step 1/');
    expect(player).toContain('State: frontDoor.contact');

    await keys('q');
    const after = await screenWith('drift tui exited with 0');
    // ink left the screen as it was and gave the terminal back: the shell's echo follows it.
    expect(after).toContain('drift tui exited with 0');
  }, 180_000);

  it('uses colour when NO_COLOR is not set', async () => {
    start('coloured', 'FORCE_COLOR=1');
    await screenWith('Trainer', 40_000, 'coloured');
    expect(tmux('capture-pane', '-p', '-e', '-t', 'coloured')).toMatch(COLOUR);
    tmux('send-keys', '-t', 'coloured', 'q');
    await screenWith('drift tui exited with 0', 40_000, 'coloured');
  }, 120_000);
});
