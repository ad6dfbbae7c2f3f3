import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { scenarioJsonSchemaText } from '../../scenario/index.ts';
import { InputError } from '../input-error.ts';
import { SCENARIOS_DIR } from '../scenario-files.ts';

const USAGE = 'usage: drift schema [--write]';

interface Output {
  write(text: string): unknown;
}

/**
 * `drift schema`: prints the JSON Schema of scenario files; with `--write`, replaces
 * scenarios/schema.json (the file editors use through the `$schema` comment at the top of each
 * scenario). Writes a temporary file and renames it, so an editor never reads half a schema.
 * @example schemaCommand(['--write'], process.stdout) // wrote scenarios/schema.json
 */
export function schemaCommand(argv: readonly string[], out: Output, target: string = join(SCENARIOS_DIR, 'schema.json')): number {
  let write: boolean;
  try {
    const parsed = parseArgs({ args: [...argv], allowPositionals: false, options: { write: { type: 'boolean', default: false } } });
    write = parsed.values.write;
  } catch (error) {
    throw new InputError(`drift schema: ${(error as Error).message}; ${USAGE}`);
  }
  const text = scenarioJsonSchemaText();
  if (!write) {
    out.write(text);
    return 0;
  }
  const inside = relative(process.cwd(), target);
  const shown = inside.startsWith('..') || isAbsolute(inside) ? target : inside;
  if (readIfPresent(target) === text) {
    out.write(`${shown} is up to date\n`);
    return 0;
  }
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, target);
  out.write(`wrote ${shown}\n`);
  return 0;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
