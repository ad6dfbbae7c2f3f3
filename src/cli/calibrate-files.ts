import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ScenarioError } from '../scenario/index.ts';
import { loadTargets, type TargetsContext, type TargetsFile } from '../scenario/targets.ts';
import { SCENARIOS_DIR } from './scenario-files.ts';

/** Where bare target names resolve: scenarios/calibration/<name>.targets.yaml. */
export const TARGETS_DIR = join(SCENARIOS_DIR, 'calibration');
const SUFFIX = '.targets.yaml';

/** True for a reference that names a file in scenarios/ rather than giving a path. */
export function isBareName(reference: string): boolean {
  return !/[/\\]/.test(reference) && !/\.ya?ml$/i.test(reference);
}

/** A path as messages show it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/**
 * Reads and validates a targets file: a bare name means scenarios/calibration/<name>.targets.yaml,
 * anything else is a path relative to the working directory.
 * @example readTargetsFile('west-sussex-2015', process.cwd(), targetsContext(scenario)).targets.length
 * @throws ScenarioError for a missing file or every problem in it (`file:line: path: message`)
 */
export function readTargetsFile(reference: string, cwd: string, context: TargetsContext): TargetsFile {
  const bare = isBareName(reference);
  const path = bare ? join(TARGETS_DIR, `${reference}${SUFFIX}`) : resolve(cwd, reference);
  const file = displayPath(path, cwd);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT'
      ? bare ? `no targets named "${reference}"; ${knownTargets(cwd)} (or give a path to a .yaml file)` : `no such file; check the path (relative to the working directory, ${cwd})`
      : code === 'EISDIR' ? 'is a folder; name a .yaml file inside it' : `cannot be read (${code ?? (error as Error).message})`;
    throw new ScenarioError([{ file, line: 0, path: '', message }]);
  }
  return loadTargets(file, text, context);
}

function knownTargets(cwd: string): string {
  let names: string[] = [];
  try {
    names = readdirSync(TARGETS_DIR).filter((f) => f.endsWith(SUFFIX)).map((f) => f.slice(0, -SUFFIX.length)).sort();
  } catch {
    // No calibration folder yet: the message still says what to give instead.
  }
  return names.length === 0 ? `${displayPath(TARGETS_DIR, cwd)} holds no targets files` : `${displayPath(TARGETS_DIR, cwd)}${sep} holds: ${names.join(', ')}`;
}

/**
 * What a fitted scenario written to `outPath` puts after `extends:` to reach the scenario it was
 * fitted from: a bare name stays a name (it resolves in scenarios/ from anywhere); a path becomes
 * relative to the folder of the new file, as `extends` paths are.
 * @example extendsReference('scenarios/a.yaml', 'out/a-fitted.yaml', '/repo') // '../scenarios/a.yaml'
 */
export function extendsReference(scenarioReference: string, outPath: string, cwd: string): string {
  if (isBareName(scenarioReference)) return scenarioReference;
  const from = dirname(resolve(cwd, outPath));
  const path = relative(from, resolve(cwd, scenarioReference)).split(sep).join('/');
  // A path without a folder or .yaml ending would read as a name in scenarios/.
  return isBareName(path) ? `./${path}` : path;
}
