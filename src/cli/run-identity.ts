import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { canonicalScenarioText, type Scenario } from '../scenario/index.ts';

let cachedVersion: string | undefined;

/**
 * The program version from package.json: event log headers and run records carry it, because
 * D9 promises identical output only for the same version.
 * @example programVersion() // '0.1.0'
 */
export function programVersion(): string {
  if (cachedVersion === undefined) {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    if (typeof version !== 'string' || version === '') {
      throw new Error('package.json has no "version"; restore it (e.g. "version": "0.1.0") so runs can be identified');
    }
    cachedVersion = version;
  }
  return cachedVersion;
}

/**
 * The hash that identifies a resolved scenario: sha256 (lowercase hex) of its canonical text, so
 * two files that resolve to the same parameters share it. Log headers and run records both use it.
 * @example scenarioHash(scenario) // '3f2a9c…' (64 hex digits)
 */
export function scenarioHash(scenario: Scenario): string {
  return sha256(canonicalScenarioText(scenario));
}

/**
 * The sha256 of a text, as lowercase hex.
 * @example sha256('') // 'e3b0c442…'
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
