/**
 * A whole seeded run, kept as a golden snapshot (house rule 11): it changes only on purpose, and
 * the commit that changes it says why. Update with `npx vitest run -u test/sim/golden.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.ts';
import { encodeEventLine } from '../../src/store/index.ts';
import { smallScenario } from '../support/small-scenario.ts';

describe('golden whole run (baseline at 1/8, one warm-up year, one report year, seed 42)', () => {
  it('produces the same KPIs and the same first events', () => {
    const first: string[] = [];
    const result = runReplication(smallScenario(8, 1, 1), 42, 1, (event) => {
      if (first.length < 25) first.push(encodeEventLine(event));
    });
    expect({ events: result.summary.events, children: result.summary.children, report: result.report.years }).toMatchSnapshot();
    expect(first).toMatchSnapshot();
  });
});
