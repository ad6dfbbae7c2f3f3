import { journeySetup } from '../setup.ts';
import { closeCase } from './closing.ts';

/** Assessed as in need (or stepped down from a CP plan or care): a CIN plan may follow, or closure. */
export const cinPending = journeySetup.createStateConfig({
  description: 'A child-in-need plan may start, or the case may close.',
  on: {
    'cinPlan.started': { target: 'cinPlan', actions: 'startCinPlan' },
    'case.closed': [...closeCase],
  },
});

/** On a child-in-need plan (CA1989 s17), reviewed at a local interval. */
export const cinPlan = journeySetup.createStateConfig({
  description: 'On a child-in-need plan.',
  on: {
    'cinReview.held': { actions: 'countCinReview' },
    'visit.made': { actions: 'countVisit' },
    'cinPlan.ended': [
      { guard: { type: 'outcomeIs', params: { outcome: 'strategy' } }, target: 'strategyPending' },
      { guard: { type: 'outcomeIs', params: { outcome: 'care' } }, target: 'carePending' },
      { target: 'concluding' },
    ],
  },
});
