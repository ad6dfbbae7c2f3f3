/**
 * The terminal UI's view of the world (src/tui/host.ts): scenario files in a folder, a what-if
 * written beside them atomically, and the trainer's simulations in a worker thread.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { calendarSchema, loadScenario } from '../scenario/index.ts';
import type { TuiHost } from '../tui/host.ts';
import type { ChildSurvey, ChildTimeline } from '../tui/trainer-data.ts';
import { AtomicFiles } from './atomic-write.ts';
import { InputError } from './input-error.ts';
import { fileScenarioSource } from './scenario-files.ts';
import { runInTrainerWorker } from './tui-trainer-pool.ts';
import { whatIfYaml } from './tui-what-if-yaml.ts';

/** Where scenarios live and how a session changes them. */
export interface TuiHostOptions {
  readonly scenariosDir: string;
  readonly cwd: string;
  /** Replaces every scenario's `calendar.years` (the --years flag). */
  readonly years: number | undefined;
}

/**
 * The host `drift tui` gives the screens.
 * @example render(createElement(App, { host: createTuiHost({ scenariosDir: SCENARIOS_DIR, cwd, years: undefined }), … }))
 */
export function createTuiHost({ scenariosDir, cwd, years }: TuiHostOptions): TuiHost {
  const source = fileScenarioSource(scenariosDir, cwd);
  return {
    listScenarios: () => readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort(),
    loadScenario(name) {
      const scenario = loadScenario(name, source);
      if (years === undefined) return scenario;
      const calendar = calendarSchema.safeParse({ ...scenario.calendar, years });
      if (!calendar.success) throw new InputError(`drift tui: --years ${years} is not a valid calendar.years; give 1 to 50`);
      return { ...scenario, calendar: calendar.data };
    },
    saveWhatIf(whatIf) {
      let name = whatIf.name;
      for (let n = 2; existsSync(join(scenariosDir, `${name}.yaml`)); n += 1) name = `${whatIf.name}-${n}`;
      const files = new AtomicFiles(scenariosDir);
      files.writeFile(`${name}.yaml`, whatIfYaml({ ...whatIf, name }));
      files.commit();
      const file = join(scenariosDir, `${name}.yaml`);
      const shown = relative(cwd, file);
      return { name, file: shown.startsWith('..') ? file : shown };
    },
    surveyChildren: (scenario, seed, signal) => runInTrainerWorker({ kind: 'survey', scenario, seed }, signal) as Promise<ChildSurvey>,
    childTimeline: (scenario, seed, child, signal) =>
      runInTrainerWorker({ kind: 'timeline', scenario, seed, child }, signal) as Promise<ChildTimeline | undefined>,
  };
}
