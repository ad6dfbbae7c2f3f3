/**
 * What a command may touch besides its arguments: where text goes, the working directory, the
 * environment and the wall clock. Commands take one of these so that tests run them in-process
 * with fakes; `processContext()` is the real process (house rule 1: only src/cli reads these).
 */

/** Somewhere text can be written: process.stdout, or a string collector in tests. */
export interface Output {
  write(text: string): unknown;
}

/** The standard error stream: text, and whether it is a terminal (the progress bar draws only there). */
export interface ErrorOutput extends Output {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything a command reads from its surroundings. */
export interface CliContext {
  readonly stderr: ErrorOutput;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The wall clock: only the runs database's timestamps read it, never a simulation. */
  readonly now: () => Date;
}

/**
 * The context of the running process.
 * @example await runCommand(['baseline'], process.stdout, processContext())
 */
export function processContext(): CliContext {
  return { stderr: process.stderr, cwd: process.cwd(), env: process.env, now: () => new Date() };
}
