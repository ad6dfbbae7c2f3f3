import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFiles } from '../../src/cli/atomic-write.ts';
import { createProgressBar } from '../../src/cli/progress-bar.ts';
import { tempDir } from '../support/temp-dir.ts';

function terminal(isTTY: boolean): { text: string; isTTY: boolean; columns: number; write(text: string): void } {
  const sink = { text: '', isTTY, columns: 100, write(text: string) { sink.text += text; } };
  return sink;
}

describe('progress bar', () => {
  it('draws nothing when standard error is not a terminal', () => {
    const sink = terminal(false);
    const bar = createProgressBar(sink, 'drift run small', 4);
    bar.update(1);
    bar.clear();
    expect([bar.active, sink.text]).toEqual([false, '']);
  });

  it('redraws on a terminal for every finished replication, fractions at most every 100 ms, and clears itself', () => {
    const sink = terminal(true);
    let now = 0;
    const bar = createProgressBar(sink, 'drift run small', 4, () => now);
    bar.update(0.25);
    now = 50;
    bar.update(0.5); // too soon after the last redraw: skipped
    bar.update(1); // a whole replication: always drawn
    now = 200;
    bar.update(1.5);
    bar.clear();
    const frames = sink.text.split('\r').filter((frame) => frame !== '');
    expect(frames).toEqual([
      `drift run small  [${'█'.repeat(2)}${'░'.repeat(28)}]   6%  0/4 replications\u001b[K`,
      `drift run small  [${'█'.repeat(8)}${'░'.repeat(22)}]  25%  1/4 replications\u001b[K`,
      `drift run small  [${'█'.repeat(11)}${'░'.repeat(19)}]  38%  1/4 replications\u001b[K`,
      '\u001b[K',
    ]);
  });
});

describe('atomic output files', () => {
  it('shows no file until commit, then all of them', () => {
    const dir = join(tempDir('atomic'), 'out');
    const files = new AtomicFiles(dir);
    const log = files.open('events.ndjson');
    log.write('a\n');
    log.write('b\n');
    files.writeFile('kpis.json', '{}\n');
    expect(readdirSync(dir).sort()).toEqual([`events.ndjson.${process.pid}.tmp`, `kpis.json.${process.pid}.tmp`]);
    files.commit();
    expect(readdirSync(dir).sort()).toEqual(['events.ndjson', 'kpis.json']);
    expect(readFileSync(join(dir, 'events.ndjson'), 'utf8')).toBe('a\nb\n');
  });

  it('on discard deletes its temporary files, keeps earlier files and removes a folder it made', () => {
    const parent = tempDir('atomic');
    writeFileSync(join(parent, 'kpis.json'), 'earlier\n');
    const kept = new AtomicFiles(parent);
    kept.writeFile('kpis.json', 'half');
    kept.discard();
    kept.discard();
    expect([readdirSync(parent), readFileSync(join(parent, 'kpis.json'), 'utf8')]).toEqual([['kpis.json'], 'earlier\n']);
    const made = new AtomicFiles(join(parent, 'new'));
    made.open('events.ndjson').write('x');
    made.discard();
    expect(existsSync(join(parent, 'new'))).toBe(false);
  });
});
