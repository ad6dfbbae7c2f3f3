import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** One output file being written: text goes to its temporary file until the set is committed. */
export interface PendingFile {
  /** The final path, once committed. */
  readonly path: string;
  write(text: string): void;
}

interface Entry {
  readonly path: string;
  readonly temporary: string;
  fd: number | undefined;
}

/**
 * A set of output files in one folder that appear together or not at all. Each file is written to
 * a temporary file beside it (same folder, so the rename cannot cross file systems) and renamed
 * into place by `commit`, in one synchronous pass: an interrupt is only handled between
 * JavaScript tasks, so it sees either no new file or all of them, never half of one.
 * @example
 * const files = new AtomicFiles('out/baseline-seed1');
 * files.writeFile('kpis.json', text);
 * files.commit(); // or files.discard() on failure
 */
export class AtomicFiles {
  private readonly entries: Entry[] = [];
  /** The first folder this set had to create, removed again by `discard` if it is still empty. */
  private readonly created: string | undefined;
  private done = false;

  constructor(readonly dir: string) {
    this.created = mkdirSync(dir, { recursive: true });
  }

  /**
   * Starts a file that is written in pieces (the event log, streamed while replication 1 runs).
   * @example const log = files.open('events.ndjson'); log.write(chunk);
   */
  open(name: string): PendingFile {
    if (this.done) throw new Error(`AtomicFiles: ${this.dir} was already committed or discarded; start a new set`);
    const path = join(this.dir, name);
    // The process id keeps two runs writing to the same folder from sharing a temporary file.
    const temporary = `${path}.${process.pid}.tmp`;
    const entry: Entry = { path, temporary, fd: openSync(temporary, 'w') };
    this.entries.push(entry);
    return {
      path,
      write(text) {
        if (entry.fd === undefined) throw new Error(`${path}: written after the set was committed or discarded`);
        writeSync(entry.fd, text);
      },
    };
  }

  /**
   * Writes a whole file at once (still only visible after `commit`).
   * @example files.writeFile('kpis.csv', csv)
   */
  writeFile(name: string, text: string): void {
    this.open(name).write(text);
  }

  /**
   * Closes every file and renames each into place.
   * @example files.commit()
   */
  commit(): void {
    this.closeAll();
    for (const entry of this.entries) renameSync(entry.temporary, entry.path);
    this.done = true;
  }

  /**
   * Closes and deletes every temporary file, leaving the folder as it was (files from an earlier
   * run stay, untouched). Synchronous, so it can run from a signal handler. Safe to call twice.
   * @example files.discard()
   */
  discard(): void {
    if (this.done) return;
    this.done = true;
    this.closeAll();
    for (const entry of this.entries) {
      try {
        unlinkSync(entry.temporary);
      } catch {
        // Already gone (a second interrupt got here first): nothing is left to clean.
      }
    }
    if (this.created !== undefined && isEmpty(this.dir)) {
      try {
        rmdirSync(this.dir);
      } catch {
        // Another process put something there meanwhile: leave the folder.
      }
    }
  }

  private closeAll(): void {
    for (const entry of this.entries) {
      if (entry.fd === undefined) continue;
      closeSync(entry.fd);
      entry.fd = undefined;
    }
  }
}

function isEmpty(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}
