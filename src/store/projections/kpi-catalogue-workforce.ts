/**
 * KPI definitions of the workforce (DfE children's social work workforce census, snapshot on 30 September;
 * statutory-rules.md §2 point 7 and §4) and of drift (ARCHITECTURE.md §5, D6).
 */
import type { KpiDefinition } from './kpi-catalogue.ts';

/** Workforce and drift, in report order. */
export const WORKFORCE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'socialWorkerFte', label: 'Social worker FTE in post (30 September)', group: 'workforce', unit: 'count',
    definition: 'Sum of data.fte of non-agency staff who joined and had not left on 30 September of the collection year.',
    source: 'statutory-rules.md §4 "Workforce (CSWW, 30 September)"',
  },
  {
    id: 'agencyFte', label: 'Agency social worker FTE (30 September)', group: 'workforce', unit: 'count',
    definition: 'Sum of data.fte of agency staff in post on 30 September of the collection year.',
    source: 'statutory-rules.md §4 "Workforce (CSWW, 30 September)"',
  },
  {
    id: 'turnoverPct', label: 'Social worker turnover', group: 'workforce', unit: 'percent',
    definition: 'FTE of non-agency staff who left in the 12 months to 30 September (1 October – 30 September), as a percentage of non-agency FTE in post on 30 September.',
    source: 'statutory-rules.md §4 (turnover = FTE leavers in year ÷ FTE in post)',
  },
  {
    id: 'vacancyPct', label: 'Social worker vacancy rate', group: 'workforce', unit: 'percent',
    definition: 'Vacancies on 30 September (per team: latest team.established FTE minus non-agency FTE in post, floor 0; agency staff fill vacancies), as a percentage of vacancies plus non-agency FTE in post.',
    source: 'statutory-rules.md §4 (vacancy rate = FTE vacancies ÷ (vacancies + FTE in post)); calibration/west-sussex.md §1 (19%)',
  },
  {
    id: 'agencyPct', label: 'Agency social worker rate', group: 'workforce', unit: 'percent',
    definition: 'Agency FTE ÷ (agency FTE + non-agency FTE) on 30 September, as a percentage.',
    source: 'statutory-rules.md §4 (agency rate ≈ agency FTE ÷ (agency + in-post FTE))',
  },
  {
    id: 'meanCaseload', label: 'Mean caseload per case-holding FTE', group: 'workforce', unit: 'ratio',
    definition: 'Open cases (and private fostering arrangements) with an allocated worker on 30 September ÷ FTE (agency and non-agency) of staff in assessment, protection, lookedAfter, leavingCare and adoption teams.',
    source: 'statutory-rules.md §4 (caseload = cases ÷ case-holding FTE); calibration/west-sussex.md §1 (about 20 or fewer)',
  },
  {
    id: 'unallocatedCasesAt31March', label: 'Unallocated cases at 31 March', group: 'workforce', unit: 'count',
    definition: 'Open cases (after referral.accepted, before closure) and private fostering arrangements with no allocated worker after all events of 31 March.',
    source: 'ARCHITECTURE.md D6 (unallocated waits)',
  },
  {
    id: 'meanUnallocatedWaitDays', label: 'Mean unallocated wait in days', group: 'workforce', unit: 'days',
    definition: 'Mean calendar days of waits that ended in the year: referral.accepted → first worker.allocated, and worker.released → next worker.allocated.',
    source: 'ARCHITECTURE.md D6 (unallocated waits)',
  },
  {
    id: 'claThreePlusSocialWorkersPct', label: 'Looked-after children with 3 or more social workers in the year', group: 'workforce', unit: 'percent',
    definition: 'Children looked after at 31 March with 3 or more distinct workers from worker.allocated or worker.changed during the year (counting the worker held on 1 April), as a percentage of children looked after at 31 March.',
    source: 'statutory-rules.md §4 "CLA social worker stability" (SSDA903 social-worker episodes)',
  },
  {
    id: 'workerChangesPerChild', label: 'Changes of social worker per child', group: 'workforce', unit: 'ratio',
    definition: 'worker.changed events plus reallocations after a release (worker.allocated on a case that had a worker before) in the year, divided by case episodes open at any point in the year.',
    source: 'ARCHITECTURE.md D6.3 (turnover and handovers); calibration/west-sussex.md §2 (2019: more worker changes per child)',
  },
  {
    id: 'meanDaysOverduePerLateClock', label: 'Mean days overdue per late clock', group: 'drift', unit: 'days',
    definition: 'Over clocks of every rule that turned late in the year, the mean of stop − due in calendar days (for a clock cancelled after falling due, cancellation day − due).',
    source: 'ARCHITECTURE.md §5 drift; statutory-rules.md §1 (all rules)',
  },
  {
    id: 'openClocksPastDueAt31March', label: 'Open clocks past due at 31 March', group: 'drift', unit: 'count',
    expectation: { text: 'no statutory duty left past its due day', target: 0, direction: 'atMost' },
    definition: 'Clocks of every rule still open after all events of 31 March whose due day is before 31 March, over children with live state.',
    source: 'ARCHITECTURE.md §5 drift; statutory-rules.md §2 point 6 (snapshot KPIs)',
  },
];
