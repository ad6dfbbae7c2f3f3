import { z } from 'zod';
import { closestName } from './closest-name.ts';

/**
 * The schema of a calibration targets file: published figures, each compared with one KPI of a
 * simulated run. The KPI list is handed in (the scenario folder may not import the store, where
 * the catalogue lives), so a KPI added to the catalogue is a valid target at once.
 */

/** How a KPI reads, as far as tolerances go: percentages take percentage points, the rest a share of the target. */
export type TargetKpiKind = 'percentage' | 'amount';

/** The KPIs a target may name: yearly (per collection year) and monthly series, with their kind. */
export interface TargetKpis {
  readonly yearly: ReadonlyMap<string, TargetKpiKind>;
  readonly monthly: ReadonlyMap<string, TargetKpiKind>;
}

/** What a targets file is checked against besides its own shape. */
export interface TargetsContext {
  readonly kpis: TargetKpis;
  /** Collection years of the run ('2015-16', …): a row's `year` must be one of them. Omitted: any year is accepted. */
  readonly years?: readonly string[];
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Keys of one target row, in the order a file usually writes them (also for "did you mean" hints). */
export const TARGET_KEYS = ['name', 'kpi', 'month', 'year', 'value', 'tolerance', 'source', 'note'] as const;
export const TOLERANCE_KEYS = ['pp', 'relative', 'absolute'] as const;
export const TARGETS_FILE_KEYS = ['name', 'description', 'targets'] as const;

/** How to write each key, for messages about a missing or mistyped value. */
export const TARGET_HINTS: Readonly<Record<string, string>> = {
  name: 'a short label, e.g. name: Assessments within 45 working days',
  description: 'what the figures are and where they come from',
  targets: 'a list of rows, each starting with "- name:"',
  kpi: 'a KPI id such as assessmentsWithin45WorkingDaysPct (the keys of `drift run --json`)',
  month: 'a calendar month as a number 1–12 or its English name, e.g. month: September',
  year: "a collection year as reports label it, e.g. year: '2015-16'",
  value: 'the published figure as a plain number, without % or commas, e.g. value: 71',
  tolerance: 'pp: 3 for a percentage, relative: 0.1 for a count or duration, or absolute: 5',
  source: 'the document (and page or table) the figure comes from',
  note: 'text',
  pp: 'percentage points, e.g. pp: 3',
  relative: 'a share of the target, e.g. relative: 0.1 for ±10%',
  absolute: 'the KPI\'s own unit, e.g. absolute: 5',
};

/**
 * A calendar month from 1–12 or an English name (full or three letters, any case), else undefined.
 * @example monthNumber('Sep') // 9
 */
export function monthNumber(written: unknown): number | undefined {
  if (typeof written === 'number') return Number.isInteger(written) && written >= 1 && written <= 12 ? written : undefined;
  if (typeof written !== 'string') return undefined;
  const text = written.trim().toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase() === text || (text.length === 3 && name.toLowerCase().startsWith(text)));
  return index === -1 ? undefined : index + 1;
}

const toleranceSchema = z.strictObject({
  pp: z.number().positive().optional().describe('percentage points either side of the target (percentages only)'),
  relative: z.number().positive().optional().describe('a share of the target either side of it: 0.1 is ±10%'),
  absolute: z.number().positive().optional().describe('an amount in the KPI\'s own unit either side of the target'),
}).refine((t) => Object.keys(t).length === 1, {
  message: 'give exactly one of pp, relative or absolute, e.g. tolerance: { pp: 3 }',
}).describe('how far the simulated mean may be from the target; default pp: 3 for percentages, relative: 0.1 otherwise');

function rowSchema(context: TargetsContext) {
  const { yearly, monthly } = context.kpis;
  return z.strictObject({
    name: z.string().min(1).describe('a short label for the row'),
    kpi: z.string().min(1).describe('the KPI the figure is compared with: a yearly KPI id, or a monthly series id with `month`'),
    month: z.union([z.number(), z.string()]).optional()
      .describe('calendar month of a monthly series (1–12 or a name): its value at that month, e.g. a stock at 30 September'),
    year: z.string().optional()
      .describe('one collection year (e.g. "2015-16"); omitted: the mean over the reported years'),
    value: z.number().describe('the published figure'),
    tolerance: toleranceSchema.optional(),
    source: z.string().min(1).describe('where the figure comes from: document, page or table'),
    note: z.string().optional().describe('anything a reader should know about the comparison'),
  }).superRefine((row, ctx) => {
    const problem = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    const isMonthly = row.month !== undefined;
    if (isMonthly && monthNumber(row.month) === undefined) {
      problem('month', `is not a month; write ${TARGET_HINTS['month'] ?? ''}`);
    }
    const kind = isMonthly ? monthly.get(row.kpi) : yearly.get(row.kpi);
    if (kind === undefined) problem('kpi', unknownKpi(row.kpi, isMonthly, context.kpis));
    if (row.year !== undefined && context.years !== undefined && !context.years.includes(row.year)) {
      problem('year', `the run reports ${context.years.join(', ')}; name one of these, or delete the line to average over them (or change the scenario's calendar or --years)`);
    }
    if (row.tolerance?.pp !== undefined && kind === 'amount') {
      problem('tolerance', `pp (percentage points) is for percentages and ${row.kpi} is not one; write relative: 0.1 for ±10%, or absolute: N`);
    }
  });
}

function unknownKpi(kpi: string, isMonthly: boolean, kpis: TargetKpis): string {
  if (isMonthly && kpis.yearly.has(kpi)) {
    return `"${kpi}" has no monthly series; delete month to compare the yearly value, or use one of the monthly series: ${[...kpis.monthly.keys()].join(', ')}`;
  }
  if (!isMonthly && kpis.monthly.has(kpi)) {
    return `"${kpi}" is a monthly series; add month: (e.g. month: September for a stock at 30 September)`;
  }
  const names = isMonthly ? [...kpis.monthly.keys()] : [...kpis.yearly.keys()];
  const near = closestKpi(kpi, names);
  return near === undefined
    ? `unknown ${isMonthly ? 'monthly series' : 'KPI'} "${kpi}"; use one of: ${names.join(', ')}`
    : `unknown ${isMonthly ? 'monthly series' : 'KPI'} "${kpi}"; did you mean "${near}"?`;
}

/** A misspelt KPI id, or one that shares a long prefix with the one written (a guessed ending such as "…At30September"). */
function closestKpi(kpi: string, names: readonly string[]): string | undefined {
  const near = closestName(kpi, names);
  if (near !== undefined) return near;
  const lower = kpi.toLowerCase();
  let best: string | undefined;
  let bestShared = 0;
  for (const name of names) {
    let shared = 0;
    while (shared < Math.min(lower.length, name.length) && name.toLowerCase()[shared] === lower[shared]) shared += 1;
    if (shared > bestShared) {
      best = name;
      bestShared = shared;
    }
  }
  return bestShared >= Math.min(8, Math.ceil(kpi.length / 2)) ? best : undefined;
}

/**
 * The whole file: a name, a description, and at least one target; row names are unique so that
 * each line of a check's output names one row.
 * @example targetsSchema({ kpis }).safeParse({ name: 'wsx', targets: [...] })
 */
export function targetsSchema(context: TargetsContext) {
  return z.strictObject({
    name: z.string().min(1).describe('a short name for this set of targets'),
    description: z.string().default('').describe('what the figures are and where they come from'),
    targets: z.array(rowSchema(context)).min(1).describe('the published figures, one row each'),
  }).superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.targets.forEach((row, index) => {
      if (seen.has(row.name)) {
        ctx.addIssue({ code: 'custom', path: ['targets', index, 'name'], message: 'is the name of an earlier row too; give each row its own name' });
      }
      seen.add(row.name);
    });
  });
}

/** A targets file as written (after validation, before defaults that depend on the KPI are filled in). */
export type TargetsInput = z.infer<ReturnType<typeof targetsSchema>>;
