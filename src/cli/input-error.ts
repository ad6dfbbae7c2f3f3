/**
 * A problem with what the user gave us (a file, a flag): printed as one line, without a stack
 * trace, and the command exits 2. `file:line: path: message` where a location is known.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** Formats a location prefix: `file:line: path: ` with the parts that are known. */
export function located(file: string, line: number | undefined, path: string | undefined, message: string): string {
  return `${file}${line === undefined ? '' : `:${line}`}: ${path === undefined ? '' : `${path}: `}${message}`;
}
