/**
 * Temporary directories for tests: each is made under the system's temporary folder and removed
 * after the test file that made it (by the afterAll that `clean-temp.ts` registers for every file),
 * so a test run leaves nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty directory `drift-<purpose>-XXXXXX`, removed when the test file ends. */
export function tempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `drift-${purpose}-`));
  made.push(dir);
  return dir;
}

/** Removes every directory made by `tempDir` so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
