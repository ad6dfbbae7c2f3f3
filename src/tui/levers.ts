/**
 * The planner's lever panel as data: which scenario parameters it moves, in what steps and units.
 * A workforce lever moves the same parameter in every case-holding team by the same step, so
 * teams that differ in the baseline (caseload targets) keep their differences. A what-if is an
 * immer `produce` over the baseline (ARCHITECTURE D11), so untouched parts stay shared.
 */
import { produce } from 'immer';
import type { SimScenario } from './sim-scenario.ts';

/** Every lever of the panel, in panel order. */
export type LeverId =
  | 'annualTurnover' | 'agencyAnnualTurnover' | 'vacancyRate' | 'recruitmentWeeks' | 'caseloadTarget' | 'handoverDays'
  | 'supervisionIntervalWeeks' | 'missChance' | 'chairs' | 'iros' | 'screeners' | 'handoffs' | 'demandGrowth' | 'camhsPlaces';

/** One lever: the paths it moves (the first is the one shown), its step, bounds and display. */
export interface Lever {
  readonly id: LeverId;
  readonly label: string;
  /** What the number means, after the value ("% a year", "working days"). */
  readonly unit: string;
  readonly step: number;
  readonly min: number;
  readonly max: number;
  /** 100 for fractions shown as percentages. */
  readonly scale: number;
  /** Paths (from the scenario root) the lever sets. */
  readonly paths: (s: SimScenario) => readonly (readonly string[])[];
  /** Paths shifted by the same amount, to keep a distribution's shape (the p90 of a median). */
  readonly companions?: (s: SimScenario) => readonly (readonly string[])[];
}

type TeamKey = 'assessment' | 'protection' | 'lookedAfter' | 'leavingCare' | 'adoption';
const TEAMS: readonly TeamKey[] = ['assessment', 'protection', 'lookedAfter', 'leavingCare', 'adoption'];

const everyTeam = (...tail: string[]) => (): readonly (readonly string[])[] => TEAMS.map((t) => ['workforce', t, ...tail]);
const one = (...path: string[]) => (): readonly (readonly string[])[] => [path];

/** The levers of the list and the CAMHS places, each with the unit the schema describes it in. */
export const LEVERS: readonly Lever[] = [
  { id: 'annualTurnover', label: 'Permanent turnover', unit: '% a year', step: 0.01, min: 0, max: 1, scale: 100, paths: everyTeam('annualTurnover') },
  { id: 'agencyAnnualTurnover', label: 'Agency turnover', unit: '% a year', step: 0.05, min: 0, max: 1, scale: 100, paths: everyTeam('agencyAnnualTurnover') },
  { id: 'vacancyRate', label: 'Vacancy rate', unit: '% of posts', step: 0.01, min: 0, max: 1, scale: 100, paths: everyTeam('vacancyRate') },
  {
    id: 'recruitmentWeeks', label: 'Recruitment lag', unit: 'weeks (median)', step: 1, min: 1, max: 104, scale: 1,
    paths: everyTeam('recruitmentWeeks', 'median'), companions: everyTeam('recruitmentWeeks', 'p90'),
  },
  { id: 'caseloadTarget', label: 'Caseload target', unit: 'cases per worker', step: 1, min: 1, max: 60, scale: 1, paths: everyTeam('caseloadTarget') },
  { id: 'handoverDays', label: 'Handover', unit: 'working days', step: 1, min: 0, max: 60, scale: 1, paths: everyTeam('handoverDays') },
  { id: 'supervisionIntervalWeeks', label: 'Oversight interval', unit: 'weeks', step: 1, min: 1, max: 52, scale: 1, paths: one('workforce', 'oversight', 'supervisionIntervalWeeks') },
  { id: 'missChance', label: 'Oversight miss chance', unit: '% of due tasks', step: 0.01, min: 0, max: 1, scale: 100, paths: one('workforce', 'oversight', 'missChance') },
  { id: 'chairs', label: 'Conference chairs', unit: 'chairs', step: 1, min: 1, max: 200, scale: 1, paths: one('workforce', 'chairs', 'count') },
  { id: 'iros', label: 'IROs', unit: 'officers', step: 1, min: 1, max: 200, scale: 1, paths: one('workforce', 'iros', 'count') },
  { id: 'screeners', label: 'Front-door screeners', unit: 'on duty a day', step: 1, min: 1, max: 200, scale: 1, paths: one('workforce', 'frontDoor', 'screeners') },
  { id: 'handoffs', label: 'Front-door hand-offs', unit: 'hand-offs', step: 1, min: 0, max: 10, scale: 1, paths: one('workforce', 'frontDoor', 'handoffs') },
  { id: 'demandGrowth', label: 'Demand growth', unit: '% a year', step: 0.01, min: -0.5, max: 1, scale: 100, paths: one('demand', 'growthPerYear') },
  // A partner's capacity rather than a drift mechanism (0 would mean no limit, so the lever stops at 1).
  { id: 'camhsPlaces', label: 'CAMHS places', unit: 'children at once', step: 1, min: 1, max: 1000, scale: 1, paths: one('camhs', 'treatmentPlaces') },
];

/** Net steps taken on each lever (0 or absent: as the baseline). */
export type LeverSteps = Readonly<Partial<Record<LeverId, number>>>;

/** One parameter a what-if changes: its path and its new value. */
export interface LeverChange {
  readonly path: readonly string[];
  readonly value: number;
}

function read(s: unknown, path: readonly string[]): number {
  let node = s;
  for (const key of path) node = (node as Readonly<Record<string, unknown>>)[key];
  if (typeof node !== 'number') throw new Error(`lever path ${path.join('.')} is not a number in the scenario; update LEVERS to the schema`);
  return node;
}

/** Floating steps (0.01 × n) would show as 0.15999999; scenario values are kept to 6 decimals. */
function tidy(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The parameters a set of lever steps changes, with their new values, clamped to each lever's
 * bounds (so a what-if is always a valid scenario).
 * @example leverChanges(baseline, { caseloadTarget: 2 }) // [{ path: ['workforce', 'assessment', 'caseloadTarget'], value: 20 }, …]
 */
export function leverChanges(baseline: SimScenario, steps: LeverSteps): LeverChange[] {
  const changes: LeverChange[] = [];
  for (const lever of LEVERS) {
    const n = steps[lever.id] ?? 0;
    if (n === 0) continue;
    const main = lever.paths(baseline);
    const companions = lever.companions?.(baseline) ?? [];
    main.forEach((path, i) => {
      const before = read(baseline, path);
      const value = tidy(Math.min(lever.max, Math.max(lever.min, before + n * lever.step)));
      if (value === before) return;
      changes.push({ path, value });
      const companion = companions[i];
      if (companion !== undefined) changes.push({ path: companion, value: tidy(read(baseline, companion) + value - before) });
    });
  }
  return changes;
}

/**
 * The what-if: the baseline with the lever steps applied (structurally shared with it).
 * @example const whatIf = applyLevers(baseline, { annualTurnover: 9 }, 'turnover-25')
 */
export function applyLevers(baseline: SimScenario, steps: LeverSteps, name: string): SimScenario {
  const changes = leverChanges(baseline, steps);
  return produce(baseline, (draft) => {
    draft.name = name;
    for (const { path, value } of changes) {
      let node = draft as unknown as Record<string, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
      node[path[path.length - 1] as string] = value;
    }
  });
}

/**
 * A lever's value in a scenario as the panel shows it: one number when every team has the same,
 * else each team's value ("18/16/15/22/12").
 * @example leverValueText(LEVERS[0], baseline) // '16'
 */
export function leverValueText(lever: Lever, s: SimScenario): string {
  const values = lever.paths(s).map((path) => tidy(read(s, path) * lever.scale));
  const shown = values.map((v) => String(Number(v.toFixed(2))));
  return new Set(shown).size === 1 ? (shown[0] ?? '') : shown.join('/');
}
