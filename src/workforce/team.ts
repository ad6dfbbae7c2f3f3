import type { TeamId, TeamKind } from '../domain/index.ts';
import { logGiving } from './case-book.ts';
import type { Worker } from './worker.ts';

/** The parameters of one case-holding team, as the scenario gives them (ARCHITECTURE D6, 1–4). */
export interface TeamParameters {
  readonly establishmentFte: number;
  readonly caseloadTarget: number;
  readonly allocationCeiling: number;
  readonly vacancyRate: number;
  readonly agencyShare: number;
  readonly annualTurnover: number;
  readonly agencyAnnualTurnover: number;
  readonly recruitmentWeeks: { readonly median: number; readonly p90: number };
  readonly agencyCoverShare: number;
  readonly agencyCoverWeeks: { readonly median: number; readonly p90: number };
  readonly handoverDays: number;
  readonly reallocationDays: number;
}

/**
 * A team: its posts, the workers in them, and the cases waiting for a worker. Cases are opaque
 * numbers (the simulator's case slots) so the workforce knows nothing of children.
 */
export interface Team {
  readonly index: number;
  readonly id: TeamId;
  readonly kind: TeamKind;
  readonly params: TeamParameters;
  /** Funded posts: the establishment rounded to whole posts. */
  readonly posts: number;
  /** Workers in post (permanent and agency), in joining order. */
  readonly workers: Worker[];
  /**
   * Active workers by caseload: buckets[n] holds the workers with n cases. Allocation takes the
   * lowest non-empty bucket, so choosing a worker costs O(caseload), not O(team size) — a national
   * run has teams of thousands.
   */
  readonly buckets: Worker[][];
  permanent: number;
  agency: number;
  /** Posts with a permanent hire on the way (recruitment under way). */
  recruiting: number;
  /** Posts with agency cover on the way. */
  coverComing: number;
  /** Case slots waiting for allocation, first come first served (a ring of plain numbers). */
  readonly waiting: number[];
  waitingHead: number;
}

/** Creates an empty team; the simulator fills it with workers at the start. */
export function createTeam(index: number, id: TeamId, kind: TeamKind, params: TeamParameters): Team {
  return {
    index, id, kind, params, posts: Math.max(0, Math.round(params.establishmentFte)), workers: [], buckets: [], permanent: 0, agency: 0,
    recruiting: 0, coverComing: 0, waiting: [], waitingHead: 0,
  };
}

/** Cases waiting in the team's queue. */
export function waitingCount(team: Team): number {
  return team.waiting.length - team.waitingHead;
}

/** Adds a case to the back of the team's queue. */
export function enqueueCase(team: Team, slot: number): void {
  team.waiting.push(slot);
}

/** Takes the next waiting case, or -1; compacts the ring now and then so memory follows the queue. */
export function dequeueCase(team: Team): number {
  if (team.waitingHead >= team.waiting.length) return -1;
  const slot = team.waiting[team.waitingHead] as number;
  team.waitingHead += 1;
  if (team.waitingHead > 1024 && team.waitingHead * 2 > team.waiting.length) {
    team.waiting.splice(0, team.waitingHead);
    team.waitingHead = 0;
  }
  return slot;
}

/** Removes a case from the queue wherever it is (it closed or moved while waiting). */
export function removeWaitingCase(team: Team, slot: number): boolean {
  const at = team.waiting.indexOf(slot, team.waitingHead);
  if (at < 0) return false;
  team.waiting.splice(at, 1);
  return true;
}

/** Posts neither filled nor with someone on the way. */
export function unfilledPosts(team: Team): number {
  return Math.max(0, team.posts - team.permanent - team.recruiting);
}

function bucketIn(team: Team, worker: Worker): void {
  const load = worker.load;
  while (team.buckets.length <= load) team.buckets.push([]);
  const bucket = team.buckets[load] as Worker[];
  worker.bucketPos = bucket.length;
  bucket.push(worker);
}

function bucketOut(team: Team, worker: Worker): void {
  const bucket = team.buckets[worker.load] as Worker[];
  const last = bucket.pop() as Worker;
  if (last !== worker) {
    bucket[worker.bucketPos] = last;
    last.bucketPos = worker.bucketPos;
  }
  worker.bucketPos = -1;
}

/** A worker joins the team and can take cases. */
export function joinTeam(team: Team, worker: Worker): void {
  team.workers.push(worker);
  if (worker.agency) team.agency += 1;
  else team.permanent += 1;
  bucketIn(team, worker);
}

/** A worker leaves the team (their cases must be released by the caller). */
export function leaveTeam(team: Team, worker: Worker): void {
  bucketOut(team, worker);
  team.workers.splice(team.workers.indexOf(worker), 1);
  if (worker.agency) team.agency -= 1;
  else team.permanent -= 1;
  worker.active = false;
}

/** The worker takes the case in `slot`; returns the giving's stamp, for the case's holder to keep (case-book.ts). */
export function addCase(team: Team, worker: Worker, slot: number): number {
  bucketOut(team, worker);
  worker.load += 1;
  bucketIn(team, worker);
  return logGiving(worker, slot);
}

/** The worker gives up one of the cases they hold (the caller knows which: the case says who holds it). */
export function removeCase(team: Team, worker: Worker): void {
  if (worker.load <= 0) throw new Error(`worker ${worker.id} gives up a case but holds none; remove a case only from the worker holding it`);
  if (!worker.active) {
    worker.load -= 1;
    return;
  }
  bucketOut(team, worker);
  worker.load -= 1;
  bucketIn(team, worker);
}
