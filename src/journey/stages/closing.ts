/**
 * Closing a case (CIN ReasonForClosure): a death or a move to adult services (RC2, RC6) ends the
 * journey; any other closure leaves it closed, to be re-opened by a new contact. Shared by every
 * state a case can be closed from.
 */
export const closeCase = [
  { guard: 'isFinalClosure', target: '#journey.done', actions: 'closeCase' },
  { target: '#journey.closed', actions: 'closeCase' },
] as const;
