import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/commands/compare.ts';
import { closeReplicationPool } from '../../src/sim/replications.ts';
import { KPIS } from '../../src/store/index.ts';
import { capture, workDir } from './support.ts';

const SEED = 3;

async function compare(cwd: string, argv: string[]): Promise<{ code: number; out: string }> {
  const { out, context } = capture(cwd);
  const code = await compareCommand(argv, out, context);
  return { code, out: out.text };
}

describe(`drift compare (seed: ${SEED})`, () => {
  let cwd: string;
  beforeAll(() => {
    cwd = workDir();
    // Twice the contacts: a difference no interval can put down to chance.
    writeFileSync(join(cwd, 'busier.yaml'), 'name: busier\nextends: small.yaml\ndemand:\n  newChildContactsPerYear: 1750\n  policeNotificationsPerYear: 750\n');
  });
  afterAll(() => closeReplicationPool());

  it('prints both means and the paired difference B − A with its interval, marked where it excludes zero', async () => {
    const { code, out } = await compare(cwd, ['small.yaml', 'busier.yaml', '--seed', String(SEED), '--replications', '3', '--threads', '1']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      expect.stringMatching(new RegExp(`^compare: A = small \\(scenario [0-9a-f]{12}\\), B = busier \\(scenario [0-9a-f]{12}\\); seed ${SEED}, drift `)),
      '3 paired replications with common random numbers; B − A is the mean paired difference with its 95% interval',
      '',
      '2017-18',
      expect.stringMatching(/^ {2}KPI +A mean +B mean +B − A +95% interval$/),
    ]);
    expect(lines.find((line) => line.startsWith('    Contacts '))).toMatch(/^ {4}Contacts +[\d,]+\.\d +[\d,]+\.\d +\+[\d,]+\.\d +\+[\d,]+\.\d – \+[\d,]+\.\d +▲ B higher$/);
    expect(lines.at(-2)).toBe('B − A of a percentage is in percentage points (pp). ▲ B higher / ▼ B lower: the 95% interval of the difference excludes zero.');
  });

  it('shows no difference at all when A and B are the same scenario (common random numbers)', async () => {
    const { out } = await compare(cwd, ['small.yaml', 'small.yaml', '--seed', String(SEED), '--replications', '2', '--threads', '1']);
    expect(out.split('\n')[2]).toBe('note: A and B resolve to the same scenario, so every difference is zero');
    const rows = out.split('\n').filter((line) => line.startsWith('    '));
    expect(rows).toHaveLength(KPIS.length);
    expect(rows.filter((line) => /B higher|B lower/.test(line))).toEqual([]);
    expect(rows.filter((line) => !/ (0\.0|0\.00|—)( pp)? +(0\.0|0\.00|—)/.test(line))).toEqual([]);
  });

  it('prints JSON with both scenarios and every KPI of every year with --json', async () => {
    const { out } = await compare(cwd, ['small.yaml', 'busier.yaml', '--seed', String(SEED), '--replications', '2', '--threads', '1', '--json']);
    const json = JSON.parse(out) as { a: { scenario: string }; b: { scenario: string }; years: { label: string; kpis: Record<string, { a: unknown; b: unknown; difference: { n: number } }> }[] } & Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['program', 'version', 'seed', 'replications', 'a', 'b', 'years']);
    expect([json.a.scenario, json.b.scenario, json['seed'], json['replications']]).toEqual(['small', 'busier', SEED, 2]);
    expect(json.years.map((y) => y.label)).toEqual(['2017-18']);
    expect(Object.keys(json.years[0]?.kpis ?? {})).toEqual(KPIS.map((k) => k.id));
    expect(json.years[0]?.kpis['contacts']?.difference.n).toBe(2);
  });
});
