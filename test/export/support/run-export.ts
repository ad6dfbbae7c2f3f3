/** Runs a small simulation and folds its events into child histories, as `drift export` does. */
import type { SimEvent } from '../../../src/domain/index.ts';
import { createHistoryBuilder, type ChildHistory } from '../../../src/export/index.ts';
import type { Scenario } from '../../../src/scenario/index.ts';
import { simulate, simulatedPeriod } from '../../../src/sim/simulate.ts';

export interface SimulatedRun {
  readonly histories: readonly ChildHistory[];
  readonly covered: { readonly start: SimEvent['day']; readonly endExclusive: SimEvent['day'] };
}

export function simulateHistories(scenario: Scenario, seed: number, listener?: (event: SimEvent) => void): SimulatedRun {
  const builder = createHistoryBuilder();
  simulate(scenario, seed, (event) => {
    builder.apply(event);
    listener?.(event);
  });
  const { startDay, endDay } = simulatedPeriod(scenario);
  return { histories: builder.finish(), covered: { start: startDay, endExclusive: endDay } };
}
