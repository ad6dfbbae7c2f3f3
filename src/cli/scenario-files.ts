import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScenarioError, type ScenarioSource } from '../scenario/index.ts';

/** The repository's scenarios/ folder, wherever drift is run from (bare names resolve here). */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/**
 * Reads scenario files from disk. A bare name ("baseline") is `<scenariosDir>/<name>.yaml`;
 * anything with a slash or ending in .yaml/.yml is a path, relative to the directory of the file
 * that names it (for `extends`) or else to the working directory. Display paths are relative to
 * the working directory when the file is inside it, so messages stay short and clickable.
 * @example loadScenario('baseline', fileScenarioSource(SCENARIOS_DIR))
 */
export function fileScenarioSource(scenariosDir: string, cwd: string = process.cwd()): ScenarioSource {
  const display = (path: string): string => {
    const inside = relative(cwd, path);
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
  };
  return {
    read(reference: string, from?: string) {
      const bare = !/[/\\]/.test(reference) && !/\.ya?ml$/i.test(reference);
      const path = bare
        ? join(resolve(cwd, scenariosDir), `${reference}.yaml`)
        : resolve(from === undefined ? cwd : dirname(resolve(cwd, from)), reference);
      const file = display(path);
      try {
        return { file, text: readFileSync(path, 'utf8') };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const message = code === 'ENOENT'
          ? bare ? missingName(reference, resolve(cwd, scenariosDir), display) : missingPath(from, cwd)
          : code === 'EISDIR' ? 'is a folder; name a .yaml file inside it' : `cannot be read (${code ?? (error as Error).message})`;
        throw new ScenarioError([{ file, line: 0, path: '', message }]);
      }
    },
  };
}

function missingPath(from: string | undefined, cwd: string): string {
  return from === undefined
    ? `no such file; check the path (relative to the working directory, ${cwd})`
    : 'no such file; check the path (a path in extends is relative to the file that names it)';
}

/** Names the scenarios that do exist, since a misspelt name is the usual cause. */
function missingName(reference: string, dir: string, display: (path: string) => string): string {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();
  } catch {
    // No scenarios folder at all: the message below still says what to give instead.
  }
  const known = names.length === 0 ? `${display(dir)} holds no scenarios` : `${display(dir)} holds: ${names.join(', ')}`;
  return `no scenario named "${reference}"; ${known} (or give a path to a .yaml file)`;
}
