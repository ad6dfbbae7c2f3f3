import { journeySetup } from './setup.ts';
import { initialJourneyContext } from './context.ts';
import { frontDoor } from './stages/front-door.ts';
import { assessment, concluding, referral } from './stages/assessment.ts';
import { protection, strategyPending } from './stages/child-protection.ts';
import { cinPending, cinPlan } from './stages/child-in-need.ts';
import { care, carePending, leavingCare } from './stages/care.ts';
import { privateFostering } from './stages/private-fostering.ts';

/**
 * The journey of one child through children's social care, as one XState v5 statechart
 * (ARCHITECTURE D1, §4). The machine says only what may happen next and what state follows: it
 * has no `after`, `invoke` or `spawn`, because the simulator's kernel owns time.
 *
 * A child is `unknown` until the first contact (or a private fostering notification); `closed` when
 * a case ends (a new contact re-opens it, keeping the history in the context); `done` when the
 * journey can have no more events (died, moved to adult services, leaving-care support or a private
 * fostering arrangement ended).
 */
export const journeyMachine = journeySetup.createMachine({
  id: 'journey',
  context: initialJourneyContext,
  initial: 'unknown',
  states: {
    unknown: {
      description: 'Not yet known to children\'s services.',
      on: {
        'contact.received': { target: 'frontDoor', actions: 'countContact' },
        'privateFostering.notified': { target: '#journey.open.privateFostering' },
      },
    },
    frontDoor,
    open: {
      description: 'An open case in children\'s social care.',
      initial: 'referral',
      on: {
        'worker.allocated': { guard: { type: 'flagIs', params: { flag: 'allocated', value: false } }, actions: 'allocateWorker' },
        'worker.changed': { guard: { type: 'flagIs', params: { flag: 'allocated', value: true } }, actions: 'changeWorker' },
        'worker.released': { guard: { type: 'flagIs', params: { flag: 'allocated', value: true } }, actions: 'releaseWorker' },
        'oversight.missed': { actions: 'countMissedTask' },
        'birthday.18': { guard: { type: 'flagIs', params: { flag: 'adult', value: false } }, actions: 'turn18' },
      },
      states: {
        referral, assessment, concluding, strategyPending, protection, cinPending, cinPlan, carePending, care, leavingCare,
        privateFostering,
      },
    },
    closed: {
      description: 'Case closed; a new contact re-opens it.',
      on: { 'contact.received': { target: 'frontDoor', actions: 'countContact' } },
    },
    done: { type: 'final', description: 'The journey has ended; no further events are possible.' },
  },
});

export type JourneyMachine = typeof journeyMachine;
