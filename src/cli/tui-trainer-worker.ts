/**
 * The trainer's worker thread: simulates replication 1 of a scenario (as `drift run` does for its
 * event log) and answers a survey of its children or one child's timeline. The last simulation
 * is kept, so stepping from the list to a child does not simulate again.
 */
import type { ChildId, JourneyEvent } from '../domain/index.ts';
import { createRuleSet } from '../rules/index.ts';
import { replicationSeed } from '../sim/run-replication.ts';
import { simulate } from '../sim/simulate.ts';
import type { ChildSurvey, ChildTimeline } from '../tui/trainer-data.ts';
import type { SimScenario } from '../tui/sim-scenario.ts';
import { surveyChildren } from './tui-child-survey.ts';
import { childTimeline } from './tui-child-timeline.ts';

/** What the main thread asks for. */
export type TrainerTask =
  | { readonly kind: 'survey'; readonly scenario: SimScenario; readonly seed: number }
  | { readonly kind: 'timeline'; readonly scenario: SimScenario; readonly seed: number; readonly child: string };

interface Simulated {
  readonly key: string;
  readonly byChild: ReadonlyMap<ChildId, readonly JourneyEvent[]>;
  readonly lastDay: number;
}

let last: Simulated | undefined;

function simulated(scenario: SimScenario, seed: number): Simulated {
  const key = `${seed}:${JSON.stringify(scenario)}`;
  if (last?.key === key) return last;
  last = undefined;
  const byChild = new Map<ChildId, JourneyEvent[]>();
  const summary = simulate(scenario, replicationSeed(seed, 1), (event) => {
    if (!('child' in event)) return;
    const list = byChild.get(event.child);
    if (list === undefined) byChild.set(event.child, [event]);
    else list.push(event);
  });
  last = { key, byChild, lastDay: summary.endDay - 1 };
  return last;
}

/**
 * Runs one trainer task (piscina calls the default export).
 * @example runTrainerTask({ kind: 'survey', scenario, seed: 1 }).matches.icpcLate
 */
export default function runTrainerTask(task: TrainerTask): ChildSurvey | ChildTimeline | undefined {
  const run = simulated(task.scenario, task.seed);
  const rules = createRuleSet(task.scenario.localRules);
  switch (task.kind) {
    case 'survey':
      return surveyChildren(run.byChild, rules, run.lastDay as JourneyEvent['day']);
    case 'timeline': {
      const events = run.byChild.get(task.child as ChildId);
      return events === undefined ? undefined : childTimeline(events, rules, task.scenario.name);
    }
    default: {
      const unknownTask: never = task;
      throw new Error(`unknown trainer task ${JSON.stringify(unknownTask)}`);
    }
  }
}
