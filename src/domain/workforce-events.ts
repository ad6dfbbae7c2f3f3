import type { TeamId, WorkerId } from './ids.ts';
import type { SimDay } from './time.ts';
import type { LeaveReason, TeamKind } from './codes/workforce.ts';

/**
 * Events of the workforce rather than of a child: the log records them so that workforce KPIs
 * (FTE, turnover, vacancies, agency share, caseloads) are projections of events like every other.
 */
export interface WorkforceEventDataMap {
  /** A team's establishment (funded FTE posts) and caseload target, as set or changed. */
  'team.established': { team: TeamId; kind: TeamKind; fte: number; caseloadTarget: number };
  'staff.joined': { team: TeamId; agency: boolean; fte: number };
  'staff.left': { team: TeamId; reason: LeaveReason };
}

export type WorkforceEventType = keyof WorkforceEventDataMap;

/** One workforce event. `worker` is the member of staff (for `team.established`, the team itself). */
export type WorkforceEventOf<K extends WorkforceEventType> = {
  readonly type: K;
  readonly day: SimDay;
  readonly worker: WorkerId;
  readonly data: Readonly<WorkforceEventDataMap[K]>;
};

export type WorkforceEvent = { [K in WorkforceEventType]: WorkforceEventOf<K> }[WorkforceEventType];

export const WORKFORCE_EVENT_TYPES: readonly WorkforceEventType[] = ['team.established', 'staff.joined', 'staff.left'];

/** True for a workforce event type. */
export function isWorkforceEventType(text: string): text is WorkforceEventType {
  return (WORKFORCE_EVENT_TYPES as readonly string[]).includes(text);
}
