/**
 * Calibration targets for `drift calibrate check | fit`: published figures in a YAML file,
 * each compared with one KPI of a simulated run. Read with the scenario machinery, so every
 * problem is reported at once as `file:line: path: message`.
 */
import { locate, toPlain, type Location } from './located-value.ts';
import { readYaml } from './read-yaml.ts';
import { formatPath, ScenarioError, type ScenarioIssue } from './scenario-error.ts';
import { explainTargetIssue } from './targets-issues.ts';
import { monthNumber, targetsSchema, type TargetKpiKind, type TargetsContext } from './targets-schema.ts';

export { MONTH_NAMES, monthNumber, targetsSchema } from './targets-schema.ts';
export type { TargetKpiKind, TargetKpis, TargetsContext } from './targets-schema.ts';

/** Which KPI value a target is compared with. */
export type TargetMeasure =
  /** A yearly KPI: in one collection year, or (year undefined) the mean over the reported years. */
  | { readonly series: 'yearly'; readonly kpi: string; readonly year: string | undefined }
  /** A monthly series at one calendar month: in one collection year, or the mean over the reported years. */
  | { readonly series: 'monthly'; readonly kpi: string; readonly month: number; readonly year: string | undefined };

/** How far the simulated mean may be from the target. */
export interface TargetTolerance {
  readonly kind: 'pp' | 'relative' | 'absolute';
  readonly value: number;
  /** True when the file gave none and the default for the KPI's kind was used. */
  readonly defaulted: boolean;
}

/** One row of a targets file, validated, with its defaults filled in. */
export interface Target {
  readonly name: string;
  readonly measure: TargetMeasure;
  readonly value: number;
  readonly tolerance: TargetTolerance;
  readonly source: string;
  readonly note: string | undefined;
  /** Where the row was written, for messages about it. */
  readonly at: Location;
}

/** A validated targets file. */
export interface TargetsFile {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly targets: readonly Target[];
}

/**
 * The tolerance when a row gives none: the calibration rule of ±3 percentage points for a
 * percentage and ±10% for a count or duration.
 */
export const DEFAULT_TOLERANCE: Readonly<Record<TargetKpiKind, Omit<TargetTolerance, 'defaulted'>>> = {
  percentage: { kind: 'pp', value: 3 },
  amount: { kind: 'relative', value: 0.1 },
};

/** A targets file is not a scenario: say so where read-yaml's message speaks of scenarios. */
const NOT_A_MAPPING = 'a targets file is a YAML mapping; start with "name: <short name>", then "targets:" and one "- name:" row per figure';

/**
 * Reads and validates a targets file against the KPI catalogue (and the run's collection years
 * when given).
 * @example loadTargets('wsx.targets.yaml', text, { kpis: targetKpis(), years: ['2015-16'] }).targets[0]?.tolerance // { kind: 'pp', value: 3, defaulted: true }
 * @throws ScenarioError listing every issue as `file:line: path: message`
 */
export function loadTargets(file: string, text: string, context: TargetsContext): TargetsFile {
  const parsed = readYaml(file, text);
  if (!parsed.ok) {
    throw new ScenarioError(parsed.issues.map((issue) => (issue.message.startsWith('a scenario file is a YAML mapping') ? { ...issue, message: NOT_A_MAPPING } : issue)));
  }
  const root = parsed.root;
  const input = toPlain(root);
  const result = targetsSchema(context).safeParse(input);
  if (!result.success) {
    const issues: ScenarioIssue[] = result.error.issues.flatMap((issue) => explainTargetIssue(issue, input)).map(({ path, message }) => {
      const at = locate(root, path);
      return { file: at.file, line: at.line, path: formatPath(path), message };
    });
    throw new ScenarioError([...issues].sort((a, b) => a.line - b.line));
  }
  const targets = result.data.targets.map((row, index): Target => {
    const month = monthNumber(row.month);
    const measure: TargetMeasure = month === undefined
      ? { series: 'yearly', kpi: row.kpi, year: row.year }
      : { series: 'monthly', kpi: row.kpi, month, year: row.year };
    const kind = (month === undefined ? context.kpis.yearly : context.kpis.monthly).get(row.kpi) ?? 'amount';
    return {
      name: row.name, measure, value: row.value, tolerance: toleranceOf(row.tolerance, kind),
      source: row.source, note: row.note, at: locate(root, ['targets', index]),
    };
  });
  return { file, name: result.data.name, description: result.data.description, targets };
}

function toleranceOf(written: { pp?: number | undefined; relative?: number | undefined; absolute?: number | undefined } | undefined, kind: TargetKpiKind): TargetTolerance {
  if (written?.pp !== undefined) return { kind: 'pp', value: written.pp, defaulted: false };
  if (written?.relative !== undefined) return { kind: 'relative', value: written.relative, defaulted: false };
  if (written?.absolute !== undefined) return { kind: 'absolute', value: written.absolute, defaulted: false };
  return { ...DEFAULT_TOLERANCE[kind], defaulted: true };
}
