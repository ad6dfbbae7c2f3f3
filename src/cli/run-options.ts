import { parseArgs, type ParseArgsConfig } from 'node:util';
import { calendarSchema, loadScenario, type Scenario } from '../scenario/index.ts';
import { InputError } from './input-error.ts';
import { fileScenarioSource, SCENARIOS_DIR } from './scenario-files.ts';

/**
 * Replications when --replications is not given. Ten keeps the 95% interval's t multiplier at
 * 2.26 (against 3.18 for four and 2.09 for twenty), so intervals are already within about 10% of
 * their large-sample width, while the baseline still runs in under a minute on two cores.
 */
export const DEFAULT_REPLICATIONS = 10;
/** Worker threads when --threads is not given: the two cores of the reference machine. */
export const DEFAULT_THREADS = 2;
/** The seed when --seed is not given. */
export const DEFAULT_SEED = 1;

/** The flags `drift run` and `drift compare` share. */
export interface ReplicationOptions {
  readonly seed: number;
  readonly replications: number;
  readonly years: number | undefined;
  readonly threads: number;
  readonly json: boolean;
}

/** The parseArgs option table for {@link ReplicationOptions}. */
export const REPLICATION_FLAGS = {
  seed: { type: 'string' },
  replications: { type: 'string' },
  years: { type: 'string' },
  threads: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** Largest seed: replication seeds mix it as a 32-bit integer, so larger seeds would repeat smaller ones. */
const MAX_SEED = 0xffff_ffff;

/**
 * Runs node's parseArgs and turns its errors into `drift <command>: …; usage` input errors (exit 2).
 * @example const { values, positionals } = parseFlags('run', USAGE, { args: [...argv], allowPositionals: true, options: REPLICATION_FLAGS })
 */
export function parseFlags<const T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new InputError(`drift ${command}: ${(error as Error).message}; ${usage}`);
  }
}

function wholeNumber(command: string, usage: string, flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InputError(`drift ${command}: --${flag} must be a whole number from ${min} to ${max}, got "${text}"; ${usage}`);
  }
  return value;
}

/**
 * Reads the shared flags from parseArgs values, each checked with a message that says what to give.
 * @example replicationOptions('run', USAGE, values) // { seed: 1, replications: 10, years: undefined, threads: 2, json: false }
 */
export function replicationOptions(
  command: string, usage: string,
  values: { seed?: string | boolean | undefined; replications?: string | boolean | undefined; years?: string | boolean | undefined; threads?: string | boolean | undefined; json?: string | boolean | undefined },
): ReplicationOptions {
  const text = (value: string | boolean | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
  return {
    seed: wholeNumber(command, usage, 'seed', text(values.seed), DEFAULT_SEED, 0, MAX_SEED),
    replications: wholeNumber(command, usage, 'replications', text(values.replications), DEFAULT_REPLICATIONS, 1, 10_000),
    years: text(values.years) === undefined ? undefined : wholeNumber(command, usage, 'years', text(values.years), 0, 1, 1000),
    threads: wholeNumber(command, usage, 'threads', text(values.threads), DEFAULT_THREADS, 1, 256),
    json: values.json === true,
  };
}

/**
 * Loads a scenario by name (in scenarios/) or path, with `--years` replacing `calendar.years`
 * (checked against the schema's own bounds). Throws ScenarioError for a bad file.
 * @example loadRunScenario('baseline', 2, process.cwd()).calendar.years // 2
 */
export function loadRunScenario(reference: string, years: number | undefined, cwd: string, command = 'run'): Scenario {
  const scenario = loadScenario(reference, fileScenarioSource(SCENARIOS_DIR, cwd));
  if (years === undefined) return scenario;
  const calendar = calendarSchema.safeParse({ ...scenario.calendar, years });
  if (!calendar.success) {
    const reason = calendar.error.issues.map((issue) => issue.message).join('; ');
    throw new InputError(`drift ${command}: --years ${years} cannot be used as calendar.years (${reason}); give fewer years`);
  }
  return { ...scenario, calendar: calendar.data };
}

/**
 * A scenario name made safe as part of a folder name (letters, digits, dot, dash, underscore).
 * @example folderName('turnover 25%') // 'turnover-25-'
 */
export function folderName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-');
}
