/**
 * What the terminal UI needs from outside (ARCHITECTURE §2: only src/cli reads files, the
 * environment and the clock). `drift tui` builds one from the scenarios folder and worker threads;
 * tests build one from small scenarios and a temporary folder.
 */
import type { SimScenario } from './sim-scenario.ts';
import type { LeverChange } from './levers.ts';
import type { ChildSurvey, ChildTimeline } from './trainer-data.ts';

/** A what-if to save: the scenario it extends and the parameters it changes. */
export interface WhatIfToSave {
  readonly name: string;
  readonly baseline: string;
  readonly description: string;
  readonly changes: readonly LeverChange[];
}

/** Everything the screens ask of the world. */
export interface TuiHost {
  /** Scenario names in the scenarios folder, sorted (read again after a save). */
  listScenarios(): readonly string[];
  /** Loads and validates one; throws an Error whose message says what is wrong. */
  loadScenario(name: string): SimScenario;
  /**
   * Writes the what-if as YAML that `extends` its baseline, under `whatIf.name` or, when that file
   * exists, the first free `name-2`, `name-3`…; returns the name used and the file (for the screen).
   */
  saveWhatIf(whatIf: WhatIfToSave): { readonly name: string; readonly file: string };
  /** Finds children for the trainer in replication 1 of `scenario` (off the render thread). */
  surveyChildren(scenario: SimScenario, seed: number, signal: AbortSignal): Promise<ChildSurvey>;
  /** One child's journey in replication 1 of `scenario`; undefined when the child never appears. */
  childTimeline(scenario: SimScenario, seed: number, child: string, signal: AbortSignal): Promise<ChildTimeline | undefined>;
}

/** How a session runs: the status line shows these. */
export interface RunSettings {
  readonly seed: number;
  readonly replications: number;
  readonly threads: number;
}
