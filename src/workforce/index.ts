export {
  addCase, createTeam, dequeueCase, enqueueCase, joinTeam, leaveTeam, removeCase, removeWaitingCase, unfilledPosts, waitingCount,
} from './team.ts';
export type { Team, TeamParameters } from './team.ts';
export { caseload } from './worker.ts';
export { forgetGivings, givingsToTidy, heldCases, tidyGivings, type IsCurrent } from './case-book.ts';
export type { Worker } from './worker.ts';
export { chooseWorker, slowdown } from './allocation.ts';
export { daysToCover, daysToRecruit, daysUntilLeaving } from './turnover.ts';
