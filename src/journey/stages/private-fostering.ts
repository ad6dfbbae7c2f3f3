import { journeySetup } from '../setup.ts';

/**
 * A child in a private fostering arrangement the authority has been told of (CA1989 s66–67; PFR2005):
 * an officer visits within 7 working days and then regularly while the arrangement lasts. The case
 * belongs to the authority's social work teams like any other (a worker is allocated and visits);
 * the journey ends with the arrangement.
 */
export const privateFostering = journeySetup.createStateConfig({
  description: 'Privately fostered: the authority visits and checks the arrangement.',
  on: {
    'privateFostering.visited': { actions: 'countVisit' },
    'privateFostering.ended': { target: '#journey.done', actions: 'closeCase' },
  },
});
