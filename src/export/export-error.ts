/**
 * A run that cannot be written as the return asked for (a year the run does not cover, a code the
 * collection year no longer accepts). The message says what to do instead; the cli prints it
 * without a stack trace.
 */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}
