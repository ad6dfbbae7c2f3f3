import { InputError } from './input-error.ts';
import { journeyCommand } from './commands/journey.ts';
import { schemaCommand } from './commands/schema.ts';

const USAGE = `drift: simulator of children's journeys through children's social care

usage:
  drift journey FILE [--as-of YYYY-MM-DD] [--json]   one child's (or several children's) journey and statutory clocks
  drift schema [--write]                             the JSON Schema of scenario files (--write: scenarios/schema.json)
  drift help                                         this text
`;

/** Runs the command line; returns the process exit code. Input errors print one line and give 2. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'journey':
        return journeyCommand(rest, process.stdout);
      case 'schema':
        return schemaCommand(rest, process.stdout);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new InputError(`drift: unknown command "${command}"; run "drift help" for the list`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
