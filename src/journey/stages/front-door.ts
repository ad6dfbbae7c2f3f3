import { journeySetup } from '../setup.ts';

/**
 * Front door (MASH): a contact waits for screening; screening either ends it at the front door
 * (no further action, advice, early help) or passes it to children's social care, where the
 * referral decision records what happens next (WT2023 "response to a referral").
 */
export const frontDoor = journeySetup.createStateConfig({
  initial: 'contact',
  states: {
    contact: {
      description: 'Contact received, waiting for a screening decision.',
      on: {
        'screening.decided': [
          { guard: { type: 'outcomeIs', params: { outcome: 'referral' } }, target: 'screened' },
          { target: '#journey.closed' },
        ],
      },
    },
    screened: {
      description: 'Screened as a referral, waiting for the social care decision on next steps.',
      on: {
        'referral.accepted': [
          {
            guard: { type: 'outcomeIs', params: { outcome: 'assessment' } },
            target: '#journey.open.referral',
            actions: 'countReferral',
          },
          {
            guard: { type: 'outcomeIs', params: { outcome: 'strategy' } },
            target: '#journey.open.strategyPending',
            actions: 'countReferral',
          },
          { target: '#journey.open.concluding', actions: 'countReferral' },
        ],
      },
    },
  },
});
