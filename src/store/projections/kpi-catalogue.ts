/**
 * The KPI catalogue as data (ARCHITECTURE.md §5): what each KPI means, its unit, the statutory
 * expectation where one exists, how it is computed and where the definition comes from. Screens, exports
 * and the report all read this one list, in this order.
 */
import type { KpiId, MonthlyKpiId } from './kpi-ids.ts';
import { CHILDREN_KPIS } from './kpi-catalogue-children.ts';
import { CARE_KPIS } from './kpi-catalogue-care.ts';
import { PRIVATE_FOSTERING_KPIS } from './kpi-catalogue-private-fostering.ts';
import { WORKFORCE_KPIS } from './kpi-catalogue-workforce.ts';

/** The part of the child's journey (or of the service) a KPI describes. */
export type KpiGroup =
  | 'frontDoor' | 'assessment' | 'childProtection' | 'childInNeed' | 'lookedAfter' | 'careLeavers' | 'privateFostering' | 'workforce' | 'drift';

/** How a KPI's number reads: a count, a percentage (0–100), a rate per 10,000 children aged 0–17, a duration or a ratio. */
export type KpiUnit = 'count' | 'percent' | 'per10k' | 'days' | 'workingDays' | 'weeks' | 'ratio';

/** A statutory expectation: plain words, and where it is a number, the target and which side of it is good. */
export interface KpiExpectation {
  readonly text: string;
  readonly target?: number;
  readonly direction?: 'atLeast' | 'atMost';
}

/** One KPI of the catalogue. */
export interface KpiDefinition {
  readonly id: KpiId;
  /** Plain English for tables and screens. */
  readonly label: string;
  readonly group: KpiGroup;
  readonly unit: KpiUnit;
  readonly expectation?: KpiExpectation;
  /** One sentence: how the number is computed from the events. */
  readonly definition: string;
  /** Where the definition comes from (statutory-rules.md, DfE table or return). */
  readonly source: string;
}

/** One monthly KPI: the yearly KPI whose definition it applies to a calendar month. */
export interface MonthlyKpiDefinition {
  readonly id: MonthlyKpiId;
  readonly label: string;
  readonly unit: KpiUnit;
  /** The yearly KPI with the same definition (flows in the month, or the stock on its last day). */
  readonly yearly: KpiId;
}

/** Every yearly KPI, in report order. */
export const KPIS: readonly KpiDefinition[] = [...CHILDREN_KPIS, ...CARE_KPIS, ...PRIVATE_FOSTERING_KPIS, ...WORKFORCE_KPIS];

/** Every monthly KPI, in report order. */
export const MONTHLY_KPIS: readonly MonthlyKpiDefinition[] = [
  { id: 'contacts', label: 'Contacts', unit: 'count', yearly: 'contacts' },
  { id: 'referrals', label: 'Referrals', unit: 'count', yearly: 'referrals' },
  { id: 'referralDecisionWithin1WdPct', label: 'Referral decisions within 1 working day', unit: 'percent', yearly: 'referralDecisionWithin1WorkingDayPct' },
  { id: 'assessmentsWithin45WdPct', label: 'Assessments within 45 working days', unit: 'percent', yearly: 'assessmentsWithin45WorkingDaysPct' },
  { id: 'icpcWithin15WdPct', label: 'ICPCs within 15 working days', unit: 'percent', yearly: 'icpcWithin15WorkingDaysPct' },
  { id: 'cpPlansAtMonthEnd', label: 'Child protection plans at month end', unit: 'count', yearly: 'cpPlansAt31March' },
  { id: 'claAtMonthEnd', label: 'Children looked after at month end', unit: 'count', yearly: 'claAt31March' },
  { id: 'cinAtMonthEnd', label: 'Children in need at month end', unit: 'count', yearly: 'cinAt31March' },
  { id: 'unallocatedAtMonthEnd', label: 'Unallocated cases at month end', unit: 'count', yearly: 'unallocatedCasesAt31March' },
  { id: 'openClocksPastDueAtMonthEnd', label: 'Open clocks past due at month end', unit: 'count', yearly: 'openClocksPastDueAt31March' },
  { id: 'claVisitsOnTimePct', label: 'Looked-after visits on time', unit: 'percent', yearly: 'claVisitsOnTimePct' },
  { id: 'claReviewsOnTimePct', label: 'Looked-after reviews on time', unit: 'percent', yearly: 'claReviewsOnTimePct' },
  { id: 'privatelyFosteredAtMonthEnd', label: 'Children privately fostered at month end', unit: 'count', yearly: 'privatelyFosteredAt31March' },
];

/**
 * Looks up a KPI's definition.
 * @example kpiDefinition('icpcWithin15WorkingDaysPct').label === 'ICPCs within 15 working days'
 */
export function kpiDefinition(id: KpiId): KpiDefinition {
  const found = KPIS.find((k) => k.id === id);
  if (found === undefined) throw new RangeError(`KPI ${id} is not in the catalogue; add it to KPIS in kpi-catalogue.ts`);
  return found;
}
