import { teamId, workerId, type SwReason, type TeamKind } from '../domain/index.ts';
import { bernoulli, integerBetween } from '../random/index.ts';
import {
  createTeam, daysToCover, daysToRecruit, daysUntilLeaving, forgetGivings, heldCases, joinTeam, leaveTeam, unfilledPosts, type Team, type TeamParameters,
  type Worker,
} from '../workforce/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { emitWorkforce, type RunState } from './run-state.ts';
import { Priority } from './timers.ts';
import { holdsCase, releaseCase } from './allocation.ts';

/** The case-holding teams and their kinds, in a fixed order (team index = position). */
export const CASE_TEAMS = ['assessment', 'protection', 'lookedAfter', 'leavingCare', 'adoption'] as const satisfies readonly TeamKind[];
export type CaseTeamKind = (typeof CASE_TEAMS)[number];

export function createTeams(scenario: Scenario): Team[] {
  return CASE_TEAMS.map((kind, index) => createTeam(index, teamId(kind), kind, scenario.workforce[kind] as TeamParameters));
}

/** Kernel payloads of workforce events: a worker leaving (≥ 0) or a post being filled (< 0). */
function arrivalPayload(team: Team, agency: boolean): number {
  return -(team.index * 2 + (agency ? 1 : 0)) - 1;
}

/** Brings a worker into post today: a staff.joined event and their leaving day in the kernel. */
export function hire(state: RunState, team: Team, agency: boolean): Worker {
  const index = state.workers.length;
  const interval = Math.max(1, Math.round(state.scenario.workforce.oversight.supervisionIntervalWeeks * 7));
  const worker: Worker = {
    index, id: workerId(`${agency ? 'XA' : 'SW'}${String(index).padStart(5, '0')}`), team: team.index, agency,
    fte: 1, supervisionPhase: integerBetween(state.workforceDice, 0, interval - 1), load: 0, given: [], gives: 0, active: true, bucketPos: -1,
  };
  state.workers.push(worker);
  joinTeam(team, worker);
  emitWorkforce(state, { type: 'staff.joined', day: state.today, worker: worker.id, data: { team: team.id, agency, fte: 1 } });
  const leave = daysUntilLeaving(state.workforceDice, team.params, agency, state.scenario.mechanisms.turnover);
  if (Number.isFinite(leave) && state.today + leave < state.endDay) {
    state.kernel.schedule(Math.floor(state.today + leave), Priority.workforce, index);
  }
  return worker;
}

/**
 * Mechanism 4: every post without a permanent worker is being recruited to (a permanent hire
 * arrives after the recruitment lag), and a share of the posts still empty get agency cover
 * after a shorter lag. With vacancies switched off, posts are refilled the same day.
 */
export function recruitForVacancies(state: RunState, team: Team, withCover = true): void {
  for (let i = unfilledPosts(team); i > 0; i -= 1) {
    team.recruiting += 1;
    const days = state.scenario.mechanisms.vacancies ? daysToRecruit(state.workforceDice, team.params) : 0;
    scheduleArrival(state, team, false, days);
  }
  if (!withCover || !state.scenario.mechanisms.vacancies) return;
  const gap = team.posts - team.permanent - team.agency - team.coverComing;
  for (let i = 0; i < gap; i += 1) {
    if (!bernoulli(state.workforceDice, team.params.agencyCoverShare)) continue;
    team.coverComing += 1;
    scheduleArrival(state, team, true, daysToCover(state.workforceDice, team.params));
  }
}

function scheduleArrival(state: RunState, team: Team, agency: boolean, days: number): void {
  const day = Math.floor(state.today + days);
  if (day < state.endDay) state.kernel.schedule(day, Priority.workforce, arrivalPayload(team, agency));
}

/**
 * Staffs the teams on the first day: posts filled at (1 − vacancy rate), a share of them by agency
 * workers, and recruitment started for the rest. The establishment is an event too.
 */
export function staffTeams(state: RunState): void {
  for (const team of state.teams) {
    emitWorkforce(state, {
      type: 'team.established', day: state.today, worker: workerId(`TEAM-${team.id}`),
      data: { team: team.id, kind: team.kind, fte: team.params.establishmentFte, caseloadTarget: team.params.caseloadTarget },
    });
    const vacancyRate = state.scenario.mechanisms.vacancies ? team.params.vacancyRate : 0;
    // Agency workers hold vacant posts: `filled` counts everyone in post, and the posts without a
    // permanent worker are recruited to from day one.
    const filled = Math.round(team.posts * (1 - vacancyRate));
    const agency = state.scenario.mechanisms.vacancies ? Math.round(filled * team.params.agencyShare) : 0;
    for (let i = 0; i < filled - agency; i += 1) hire(state, team, false);
    for (let i = 0; i < agency; i += 1) hire(state, team, true);
    recruitForVacancies(state, team, false);
  }
}

/** A worker leaves (mechanism 3): every case they held waits for reallocation. */
export function workerLeaves(state: RunState, worker: Worker, reason: 'resigned' | 'agencyEnded', swReason: SwReason): void {
  if (!worker.active) return;
  const team = state.teams[worker.team] as Team;
  leaveTeam(team, worker);
  emitWorkforce(state, { type: 'staff.left', day: state.today, worker: worker.id, data: { team: team.id, reason } });
  for (const slot of heldCases(worker, (held, stamp) => holdsCase(state, worker, held, stamp))) {
    const c = state.cases[slot];
    if (c !== undefined) releaseCase(state, c, swReason);
  }
  forgetGivings(worker);
  recruitForVacancies(state, team);
}

/** Handles a workforce kernel event: a leaving worker (payload ≥ 0) or an arrival into a post. */
export function onWorkforceEvent(state: RunState, payload: number, allocate: (team: Team) => void): void {
  if (payload >= 0) {
    const worker = state.workers[payload];
    if (worker !== undefined) workerLeaves(state, worker, worker.agency ? 'agencyEnded' : 'resigned', 'LEFTRL');
    return;
  }
  const code = -payload - 1;
  const team = state.teams[code >> 1] as Team;
  const agency = (code & 1) === 1;
  if (agency) {
    team.coverComing = Math.max(0, team.coverComing - 1);
    // Cover that arrives after the permanent hire is no longer needed.
    if (team.permanent >= team.posts) return;
  } else {
    team.recruiting = Math.max(0, team.recruiting - 1);
  }
  hire(state, team, agency);
  if (!agency && team.workers.length > team.posts) {
    // The permanent hire takes over from agency cover (their cases move on: another change of worker).
    const cover = team.workers.find((w) => w.agency);
    if (cover !== undefined) workerLeaves(state, cover, 'agencyEnded', 'LEFTRL');
  }
  allocate(team);
}
