import { reportPeriods } from '../../store/projections/report-periods.ts';
import { KPIS, MONTHLY_KPIS, type KpiUnit } from '../../store/projections/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { TargetKpiKind, TargetKpis, TargetsContext } from '../../scenario/targets.ts';
import { simulatedPeriod } from '../simulate.ts';

function kindOf(unit: KpiUnit): TargetKpiKind {
  switch (unit) {
    case 'percent':
      return 'percentage';
    case 'count':
    case 'per10k':
    case 'days':
    case 'workingDays':
    case 'weeks':
    case 'ratio':
      return 'amount';
    default: {
      const unknownUnit: never = unit;
      throw new Error(`unknown KPI unit ${JSON.stringify(unknownUnit)}; say in target-kpis.ts whether it is a percentage`);
    }
  }
}

/**
 * The KPIs a target may name, read from the catalogue, so a KPI added there can be a target at once.
 * @example targetKpis().yearly.get('icpcWithin15WorkingDaysPct') // 'percentage'
 */
export function targetKpis(): TargetKpis {
  return {
    yearly: new Map(KPIS.map((k) => [k.id, kindOf(k.unit)])),
    monthly: new Map(MONTHLY_KPIS.map((k) => [k.id, kindOf(k.unit)])),
  };
}

/**
 * The collection years a run of the scenario reports, as the report labels them.
 * @example reportYearLabels(scenario) // ['2021-22', '2022-23', '2023-24']
 */
export function reportYearLabels(scenario: Scenario): readonly string[] {
  return reportPeriods(simulatedPeriod(scenario).reportStart, scenario.calendar.years).yearLabels;
}

/**
 * What a targets file is checked against for a run of `scenario`.
 * @example loadTargets(file, text, targetsContext(scenario))
 */
export function targetsContext(scenario: Scenario): TargetsContext {
  return { kpis: targetKpis(), years: reportYearLabels(scenario) };
}
