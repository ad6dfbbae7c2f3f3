import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, startBin, workDir } from './support.ts';

const USAGE = 'usage: drift run [SCENARIO] [--seed N] [--replications N] [--years N] [--out DIR] [--json] [--threads N]';

describe('drift run, replay and runs as a process: exit codes and messages', () => {
  it('prints every scenario issue as file:line: path: message and exits 2 without a stack trace', () => {
    const cwd = workDir();
    writeFileSync(join(cwd, 'bad.yaml'), 'name: bad\nextends: small.yaml\ncalendar:\n  years: 0\nworkforce:\n  assessment:\n    caseloadTarget: lots\n');
    const result = runBin(cwd, ['run', 'bad.yaml']);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'bad.yaml:4: calendar.years: 0 is below the minimum; use a number ≥ 1\n'
        + 'bad.yaml:7: workforce.assessment.caseloadTarget: expected a number, got "lots"; write a number without quotes or units, e.g. 18 (the default)\n',
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('refuses a bad flag with the usage and exit 2', () => {
    const cwd = workDir();
    const unknown = runBin(cwd, ['run', 'small.yaml', '--seeds', '3']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(new RegExp(`^drift run: Unknown option '--seeds'.*; ${USAGE.replace(/[[\]]/g, '\\$&')}\\n$`));
    expect(runBin(cwd, ['run', 'small.yaml', '--replications', 'ten'])).toEqual({
      status: 2, stdout: '', stderr: `drift run: --replications must be a whole number from 1 to 10000, got "ten"; ${USAGE}\n`,
    });
  });

  it('exits 2 for an unknown run id', () => {
    expect(runBin(workDir(), ['runs', 'show', '12'])).toEqual({
      status: 2, stdout: '', stderr: 'drift runs show: no run 12 in runs.sqlite; "drift runs" lists the ids there\n',
    });
  });

  it('stops replay at a bad line with FILE:LINE: path: message and exit 2', () => {
    const cwd = workDir();
    expect(runBin(cwd, ['run', 'small.yaml', '--replications', '1', '--out', 'one', '--json']).status).toBe(0);
    const lines = readFileSync(join(cwd, 'one', 'events.ndjson'), 'utf8').split('\n');
    lines[4] = '{"type":"visit.made","day":"2017-02-30","child":"C1","data":{}}';
    writeFileSync(join(cwd, 'broken.ndjson'), lines.join('\n'));
    expect(runBin(cwd, ['replay', 'broken.ndjson'])).toEqual({
      status: 2, stdout: '', stderr: 'broken.ndjson:5: day: "2017-02-30" does not exist: 2017-02 has 28 days\n',
    });
  });

  it('on Ctrl-C stops the replications, leaves no file behind and exits 130', async () => {
    const cwd = workDir();
    // Long enough to be interrupted: about a second a replication, ten of them.
    const child = startBin(cwd, ['run', 'small.yaml', '--years', '3', '--replications', '10', '--out', 'sig']);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const dir = join(cwd, 'sig');
    // Wait until the event log's temporary file exists (the run is under way), then a little more.
    for (let waited = 0; waited < 20_000 && !(existsSync(dir) && readdirSync(dir).length > 0); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^events\.ndjson\.\d+\.tmp$/)]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect([stdout, stderr]).toEqual(['', 'drift run: interrupted; stopped the replications and wrote nothing to sig\n']);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    expect(existsSync(join(cwd, 'runs.sqlite'))).toBe(false);
  });
});
