/**
 * Workforce KPIs as a fold over team.established, staff.joined and staff.left (DfE children's social
 * work workforce census conventions, statutory-rules.md §4: a snapshot on 30 September; turnover over
 * the 12 months to it). State is one record per member of staff in post and one per team.
 */
import type { TeamKind } from '../../domain/codes/workforce.ts';
import type { TeamId, WorkerId } from '../../domain/ids.ts';
import type { WorkforceEvent } from '../../domain/workforce-events.ts';
import { inc } from './kpi-state.ts';
import { workforceYearOf } from './report-periods.ts';
import type { ReportPeriods } from './report-periods.ts';
import { FTE_UNITS, YEAR_SLOTS, YS, type Tally } from './tally.ts';

/** A member of staff in post. */
interface StaffMember {
  readonly team: TeamId;
  readonly agency: boolean;
  /** FTE in ten-thousandths. */
  readonly fte: number;
}

/** A team's latest establishment. */
interface Team {
  readonly kind: TeamKind;
  /** Funded FTE posts, in ten-thousandths. */
  readonly fte: number;
}

/** Staff in post, teams, and FTE of non-agency leavers per CSWW year (1 October – 30 September). */
export interface WorkforceState {
  readonly staff: Map<WorkerId, StaffMember>;
  readonly teams: Map<TeamId, Team>;
  /** leaverFte[y]: non-agency FTE (ten-thousandths) that left in the CSWW year ending on 30 September of report year y. */
  readonly leaverFte: Float64Array;
}

/** Teams whose workers hold cases (a front-door screener does not): the denominator of caseloads. */
const CASE_HOLDING: ReadonlySet<TeamKind> = new Set<TeamKind>(['assessment', 'protection', 'lookedAfter', 'leavingCare', 'adoption']);

/**
 * Creates an empty workforce for `years` report years.
 * @example const workforce = createWorkforceState(3);
 */
export function createWorkforceState(years: number): WorkforceState {
  return { staff: new Map(), teams: new Map(), leaverFte: new Float64Array(years) };
}

/** FTE as whole ten-thousandths, so that sums do not depend on the order of events. */
function units(fte: number): number {
  return Math.round(fte * FTE_UNITS);
}

/**
 * Takes one workforce event in. Leavers before the report still count if they fall in year 0's CSWW
 * window (1 October before the first 30 September), because the census defines turnover over it.
 * @example applyWorkforceEvent(workforce, periods, event)
 */
export function applyWorkforceEvent(w: WorkforceState, periods: ReportPeriods, event: WorkforceEvent): void {
  switch (event.type) {
    case 'team.established':
      w.teams.set(event.data.team, { kind: event.data.kind, fte: units(event.data.fte) });
      return;
    case 'staff.joined':
      w.staff.set(event.worker, { team: event.data.team, agency: event.data.agency, fte: units(event.data.fte) });
      return;
    case 'staff.left': {
      const member = w.staff.get(event.worker);
      if (member === undefined) return;
      w.staff.delete(event.worker);
      if (member.agency) return;
      const y = workforceYearOf(periods, event.day);
      if (y >= 0 && y < w.leaverFte.length) inc(w.leaverFte, y, member.fte);
      return;
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`applyWorkforceEvent: unknown event ${JSON.stringify(unknownEvent)}; add its type to the switch`);
    }
  }
}

/**
 * Records the 30 September snapshot of report year y: FTE in post, agency FTE, leavers, vacancies and
 * case-holding FTE (all in ten-thousandths), and the allocated cases for the mean caseload.
 * @example snapshotWorkforce(workforce, tally, 0, stocks.allocated)
 */
export function snapshotWorkforce(w: WorkforceState, tally: Tally, y: number, allocatedCases: number): void {
  let permanent = 0;
  let agency = 0;
  let caseHolding = 0;
  const permanentByTeam = new Map<TeamId, number>();
  for (const member of w.staff.values()) {
    if (member.agency) agency += member.fte;
    else {
      permanent += member.fte;
      permanentByTeam.set(member.team, (permanentByTeam.get(member.team) ?? 0) + member.fte);
    }
    const team = w.teams.get(member.team);
    if (team !== undefined && CASE_HOLDING.has(team.kind)) caseHolding += member.fte;
  }
  // Vacancies per team: an over-staffed team does not fill another team's posts; agency staff cover
  // vacancies rather than remove them, so only non-agency staff are "in post" (CSWW).
  let vacancies = 0;
  for (const [id, team] of w.teams) vacancies += Math.max(0, team.fte - (permanentByTeam.get(id) ?? 0));
  const row = y * YEAR_SLOTS;
  tally.year[row + YS.permanentFte] = permanent;
  tally.year[row + YS.agencyFte] = agency;
  tally.year[row + YS.leaverFte] = w.leaverFte[y] ?? 0;
  tally.year[row + YS.vacancyFte] = vacancies;
  tally.year[row + YS.caseHoldingFte] = caseHolding;
  tally.year[row + YS.allocatedCases] = allocatedCases;
}
