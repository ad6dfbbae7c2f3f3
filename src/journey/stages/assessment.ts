import { journeySetup } from '../setup.ts';
import { closeCase } from './closing.ts';

/** Referral accepted for assessment: the child and family assessment (WT2023 ch. 3 "Assessment"). */
export const referral = journeySetup.createStateConfig({
  description: 'Referral accepted; the assessment has not started.',
  on: {
    'assessment.started': { target: 'assessment', actions: 'countAssessment' },
  },
});

/** The assessment in progress, and where each conclusion leads. */
export const assessment = journeySetup.createStateConfig({
  description: 'Child and family assessment under way.',
  on: {
    'assessment.completed': [
      { guard: { type: 'outcomeIs', params: { outcome: 'cin' } }, target: 'cinPending' },
      { guard: { type: 'outcomeIs', params: { outcome: 'strategy' } }, target: 'strategyPending' },
      { guard: { type: 'outcomeIs', params: { outcome: 'care' } }, target: 'carePending' },
      { target: 'concluding' },
    ],
  },
});

/** Nothing more to do but close the case (referral NFA, assessment NFA or early help, plan ended). */
export const concluding = journeySetup.createStateConfig({
  description: 'Work has ended; the case is waiting to be closed.',
  on: {
    'case.closed': [...closeCase],
  },
});
