import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyCommand } from '../../src/cli/commands/journey.ts';
import { tempDir } from '../support/temp-dir.ts';

function run(argv: string[]): string {
  let text = '';
  journeyCommand(argv, { write: (chunk: string) => (text += chunk) });
  return text;
}

function runBin(argv: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['src/cli/bin.js', ...argv], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('drift journey', () => {
  it('prints the state path and every clock of the drifting example (golden)', () => {
    expect(run(['scenarios/journeys/drifting.ndjson', '--as-of', '2024-03-31'])).toMatchSnapshot();
  });

  it('prints the on-time example with every clock met (golden)', () => {
    const text = run(['scenarios/journeys/on-time.ndjson', '--as-of', '2024-03-31']);
    expect(text).toMatchSnapshot();
    expect(text).toMatch(/31 clocks: 30 met, 0 late, 1 open, 0 overdue/);
  });

  it('prints JSON with exactly the documented fields, dates as YYYY-MM-DD', () => {
    const json = JSON.parse(run(['scenarios/journeys/drifting.ndjson', '--as-of', '2024-03-31', '--json'])) as {
      children: { child: string; state: string; clocks: Record<string, unknown>[] }[];
    };
    expect(json.children.map((c) => [c.child, c.state])).toEqual([['DR1', 'open.care.placed']]);
    const clocks = json.children[0]?.clocks ?? [];
    for (const clock of clocks) expect(Object.keys(clock)).toEqual(['ruleId', 'start', 'due', 'stop', 'status', 'workingDays']);
    expect(clocks.find((c) => c['ruleId'] === 'icpc_15wd')).toEqual({
      ruleId: 'icpc_15wd', start: '2023-07-13', due: '2023-08-03', stop: '2023-08-10', status: 'late', workingDays: 20,
    });
    expect(clocks.filter((c) => c['status'] === 'overdue').map((c) => c['ruleId'])).toEqual([
      'placement_plan_5wd', 'placement_notification_5wd',
    ]);
  });

  it('without --as-of leaves unfinished clocks open rather than overdue', () => {
    const json = JSON.parse(run(['scenarios/journeys/drifting.ndjson', '--json'])) as { children: { clocks: { status: string }[] }[] };
    expect(json.children[0]?.clocks.some((c) => c.status === 'overdue')).toBe(false);
  });

  it('reports an illegal event as FILE:LINE with the legal alternatives, exit 2 and no stack trace', () => {
    const dir = tempDir('journey');
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, [
      '{"type":"contact.received","day":"2024-01-05","child":"X1","data":{"source":"6"}}',
      '',
      '{"type":"icpc.held","day":"2024-01-06","child":"X1","data":{"outcome":"cpPlan"}}',
    ].join('\n'));
    const result = runBin(['journey', file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${file}:3: child X1: icpc.held on 2024-01-06 is not legal in state frontDoor.contact; legal next: screening.decided(nfa|advice|earlyHelp|referral)\n`,
    );
  });

  it('reports a malformed line with its field path', () => {
    const dir = tempDir('journey');
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, '{"type":"screening.decided","day":"2023-02-30","child":"X1","data":{"outcome":"referral"}}\n');
    const result = runBin(['journey', file]);
    expect([result.status, result.stderr]).toEqual([2, `${file}:1: day: "2023-02-30" does not exist: 2023-02 has 28 days\n`]);
    writeFileSync(file, '{"type":"screening.decided","day":"2023-02-03","child":"X1","data":{"outcome":"maybe"}}\n');
    expect(runBin(['journey', file]).stderr).toBe(
      `${file}:1: data.outcome: expected one of nfa, advice, earlyHelp, referral, got "maybe"\n`,
    );
  });
});
