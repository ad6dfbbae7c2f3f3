/**
 * KPI projections of the event stream (ARCHITECTURE.md D7, §5): the catalogue as data and the fold
 * that turns one replication's events into yearly and monthly KPIs.
 */
export { createKpiProjection } from './kpi-projection.ts';
export type { KpiConfig, KpiProjection } from './kpi-projection.ts';
export type { KpiReport } from './report.ts';
export { KPIS, MONTHLY_KPIS, kpiDefinition } from './kpi-catalogue.ts';
export type { KpiDefinition, KpiExpectation, KpiGroup, KpiUnit, MonthlyKpiDefinition } from './kpi-catalogue.ts';
export { KPI_IDS, MONTHLY_KPI_IDS } from './kpi-ids.ts';
export type { KpiId, MonthlyKpiId } from './kpi-ids.ts';
