/** `drift export` on the committed small run: the files, their bytes, and errors that say what to do. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.ts';
import { InputError } from '../../src/cli/input-error.ts';
import { capture, REPO, runBin, workDir } from '../cli/support.ts';

const LOG = join(REPO, 'test/export/fixtures/small-run.ndjson');

function exportTo(dir: string, argv: readonly string[]): string {
  const { out, context } = capture(dir);
  expect(exportCommand(argv, out, context)).toBe(0);
  return out.text;
}

describe('drift export', () => {
  it('writes the SSDA903 tables of the year and of the year before, each with its header row', () => {
    const dir = workDir();
    const text = exportTo(dir, ['--format', '903', '--year', '2024', LOG, '--out', 'returns']);
    expect(text).toContain('ssda903-2024/SWEpisodes.csv');
    expect(readdirSync(join(dir, 'returns')).sort()).toEqual(['ssda903-2023', 'ssda903-2024']);
    expect(readdirSync(join(dir, 'returns/ssda903-2023'))).not.toContain('SWEpisodes.csv');
    expect(readFileSync(join(dir, 'returns/ssda903-2024/UASC.csv'), 'utf8')).toBe('CHILD,SEX,DOB,DUC\n');
  });

  it('opens a run folder as well as its event log, and gives the same bytes each time', () => {
    const dir = workDir();
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run/events.ndjson'), readFileSync(LOG));
    exportTo(dir, ['--format', 'cin', '--year', '2024', 'run', '--out', 'a']);
    exportTo(dir, ['--format', 'cin', '--year', '2024', LOG, '--out', 'b']);
    expect(readFileSync(join(dir, 'a/cin-census-2024.xml'))).toEqual(readFileSync(join(dir, 'b/cin-census-2024.xml')));
  });

  it('refuses a year the run does not cover, naming the years it does', () => {
    const { out, context } = capture(workDir());
    expect(() => exportCommand(['--format', '903', '--year', '2019', LOG, '--out', 'x'], out, context))
      .toThrow(new InputError('drift export: the run does not cover the 2018/19 collection year (1 April 2018 to 31 March 2019); it covers 2021–2024'));
  });

  it('exits 2 with the usage on a bad format, and with FILE:LINE on a bad log line', () => {
    const dir = workDir();
    const bad = runBin(dir, ['export', '--format', 'xml', '--year', '2024', LOG, '--out', 'x']);
    expect([bad.status, bad.stderr.trim()]).toEqual([2, 'drift export: --format must be one of 903, cin, annex-a, not "xml"; usage: drift export --format 903|cin|annex-a --year YYYY [--la CODE] RUN --out DIR']);
    writeFileSync(join(dir, 'broken.ndjson'), `${readFileSync(LOG, 'utf8').split('\n').slice(0, 3).join('\n')}\n{"type":"nonsense"}\n`);
    const broken = runBin(dir, ['export', '--format', '903', '--year', '2024', 'broken.ndjson', '--out', 'x']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.ndjson:4: type: unknown event type "nonsense"/);
  });
});
