/** Why an event record could not be read; `path` names the offending field (e.g. `data.outcome`). */
export class EventFormatError extends Error {
  override readonly name = 'EventFormatError';
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
  }
}
