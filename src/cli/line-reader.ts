import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from './input-error.ts';

const CHUNK_BYTES = 1 << 20;

/**
 * Calls `onLine` with each line of a text file (without its `\n`) and its 1-based number,
 * reading a megabyte at a time so that a long event log never has to fit in memory at once.
 * `shown` is the name messages use (the path as the user typed it).
 * @example forEachLine('/srv/drift/out/baseline-seed1/events.ndjson', (text, line) => { … }, 'out/baseline-seed1/events.ndjson')
 */
export function forEachLine(path: string, onLine: (text: string, line: number) => void, shown: string = path): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${shown}: cannot read the file (${code ?? 'error'}); check the path`);
  }
  try {
    // The decoder keeps a character split across two chunks whole.
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let pending = '';
    let line = 0;
    for (;;) {
      const bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytes === 0) break;
      pending += decoder.write(buffer.subarray(0, bytes));
      let start = 0;
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
        line += 1;
        onLine(pending.slice(start, end), line);
        start = end + 1;
      }
      pending = pending.slice(start);
    }
    pending += decoder.end();
    if (pending !== '') onLine(pending, line + 1);
  } finally {
    closeSync(fd);
  }
}
