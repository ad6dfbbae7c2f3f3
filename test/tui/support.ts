/**
 * Helpers for the terminal UI tests: a scenarios folder with a small scenario (the baseline at a
 * quarter of its size, one warm-up year and one report year), the real host over it, and waiting
 * for a frame.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { createTuiHost } from '../../src/cli/tui-host.ts';
import type { TuiHost } from '../../src/tui/host.ts';

/** The baseline divided by four, as test/support/small-scenario.ts makes it, written as a file. */
export const SMALL_YAML = `name: small
description: The baseline at a quarter of its size, for tests.
extends: ${JSON.stringify(join(SCENARIOS_DIR, 'baseline.yaml'))}
calendar: { warmupYears: 1, years: 1 }
population: { children: 25000 }
demand: { newChildContactsPerYear: 1750, policeNotificationsPerYear: 750 }
workforce:
  assessment: { establishmentFte: 8 }
  protection: { establishmentFte: 22.5 }
  lookedAfter: { establishmentFte: 12.5 }
  leavingCare: { establishmentFte: 5 }
  adoption: { establishmentFte: 1.5 }
  frontDoor: { screeners: 2.75 }
  chairs: { count: 3 }
  iros: { count: 2 }
`;

/** A temporary scenarios folder holding small.yaml; `remove` deletes it. */
export function scenariosFolder(): { dir: string; host: TuiHost; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'drift-tui-'));
  writeFileSync(join(dir, 'small.yaml'), SMALL_YAML);
  return { dir, host: createTuiHost({ scenariosDir: dir, cwd: dir, years: undefined }), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Lets ink attach its input handler (tech-notes §5: about 20 ms after the first render). */
export const settle = (ms = 40): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `frame()` until `test` holds; fails with the last frame after `timeoutMs`. */
export async function waitForFrame(frame: () => string | undefined, test: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = frame() ?? '';
    if (test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for the screen; last frame:\n${text}`);
    await settle(50);
  }
}

/** Escape sequences of the keys the screens use, as a terminal sends them. */
export const KEYS = {
  up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', escape: '\u001B', enter: '\r', tab: '\t',
} as const;

/** Every line of a frame fits in `columns`. */
export function widest(frame: string): number {
  return Math.max(...frame.split('\n').map((line) => [...line].length));
}

/** Foreground and background colour codes (not 39/49, the defaults, nor bold or inverse, which NO_COLOR allows). */
export const COLOUR = /\u001B\[([\d;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[\d;]*)?m/;
