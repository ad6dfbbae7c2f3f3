/**
 * Shared set-up of the cli tests: a temporary working directory holding a small scenario (the
 * baseline at about 1/8 scale, one warm-up year and one report year, well under a second a
 * replication), a context that writes to strings, and a runner for the real `drift` binary.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../../src/cli/context.ts';
import { tempDir } from '../support/temp-dir.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'src/cli/bin.js');
const BASELINE = join(REPO, 'scenarios/baseline.yaml');

/** The small scenario's YAML: `extends` the baseline by absolute path, with demand and workforce at about 1/8. */
export function smallScenarioYaml(name = 'small', changes = ''): string {
  return `name: ${name}
extends: ${JSON.stringify(BASELINE)}
calendar:
  start: '2016-04-01'
  warmupYears: 1
  years: 1
population:
  children: 12500
demand:
  newChildContactsPerYear: 875
  policeNotificationsPerYear: 375
workforce:
  assessment: { establishmentFte: 4 }
  protection: { establishmentFte: 11 }
  lookedAfter: { establishmentFte: 6 }
  leavingCare: { establishmentFte: 3 }
  frontDoor: { screeners: 2 }
  chairs: { count: 2 }
  iros: { count: 1 }
${changes}`;
}

/** A fresh working directory with small.yaml in it. */
export function workDir(): string {
  const dir = tempDir('cli');
  writeFileSync(join(dir, 'small.yaml'), smallScenarioYaml());
  return dir;
}

/** Collects what a command writes. */
export interface Captured {
  readonly out: { write(text: string): void; text: string };
  readonly context: CliContext & { readonly stderr: { text: string } };
}

/** Output sinks and a context for running a command in-process in `cwd`, with the runs database inside it. */
export function capture(cwd: string): Captured {
  const out = { text: '', write(text: string) { out.text += text; } };
  const stderr = { text: '', isTTY: false, write(text: string) { stderr.text += text; } };
  return {
    out,
    context: { stderr, cwd, env: { DRIFT_RUNS_DB: join(cwd, 'runs.sqlite') }, now: () => new Date('2025-05-01T09:30:00.000Z') },
  };
}

/** Runs `drift ARGS` as a child process in `cwd` and waits for it. */
export function runBin(cwd: string, argv: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd, encoding: 'utf8', env: { ...process.env, DRIFT_RUNS_DB: join(cwd, 'runs.sqlite') },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `drift ARGS` as a child process in `cwd` without waiting. */
export function startBin(cwd: string, argv: readonly string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...argv], {
    cwd, env: { ...process.env, DRIFT_RUNS_DB: join(cwd, 'runs.sqlite') }, stdio: ['ignore', 'pipe', 'pipe'],
  });
}
