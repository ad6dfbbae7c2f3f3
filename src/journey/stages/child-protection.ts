import { journeySetup } from '../setup.ts';

/**
 * Child protection (WT2023 ch. 4): strategy discussion → section 47 enquiry → initial child
 * protection conference → child protection plan with core groups, visits and review conferences.
 * An emergency (police protection, EPO) can bring the child into care from the strategy or s47 stage.
 */
export const strategyPending = journeySetup.createStateConfig({
  description: 'Concern of significant harm; a strategy discussion is due.',
  on: {
    'strategy.held': [
      { guard: { type: 'outcomeIs', params: { outcome: 's47' } }, target: 'protection.strategy' },
      { guard: { type: 'outcomeIs', params: { outcome: 'assessment' } }, target: 'referral' },
      { target: 'concluding' },
    ],
    'care.entered': { target: 'care', actions: 'enterCare' },
  },
});

export const protection = journeySetup.createStateConfig({
  initial: 'strategy',
  states: {
    strategy: {
      description: 'Strategy discussion decided on a section 47 enquiry.',
      on: {
        's47.started': { target: 's47', actions: 'countS47' },
        'care.entered': { target: '#journey.open.care', actions: 'enterCare' },
      },
    },
    s47: {
      description: 'Section 47 enquiry under way.',
      on: {
        's47.completed': [
          { guard: { type: 'outcomeIs', params: { outcome: 'icpc' } }, target: 'icpcPending' },
          { guard: { type: 'outcomeIs', params: { outcome: 'cin' } }, target: '#journey.open.cinPending' },
          { target: '#journey.open.concluding' },
        ],
        'care.entered': { target: '#journey.open.care', actions: 'enterCare' },
      },
    },
    icpcPending: {
      description: 'Enquiry substantiated; waiting for the initial child protection conference.',
      on: {
        'icpc.held': [
          { guard: { type: 'outcomeIs', params: { outcome: 'cpPlan' } }, target: 'planPending' },
          { guard: { type: 'outcomeIs', params: { outcome: 'cin' } }, target: '#journey.open.cinPending' },
          { target: '#journey.open.concluding' },
        ],
      },
    },
    planPending: {
      description: 'The conference decided on a child protection plan.',
      on: { 'cpPlan.started': { target: 'cpPlan', actions: 'startCpPlan' } },
    },
    cpPlan: {
      description: 'On a child protection plan.',
      on: {
        'coreGroup.held': { actions: 'countCoreGroup' },
        'cpReview.held': { actions: 'countCpReview' },
        'visit.made': { actions: 'countVisit' },
        'proceedings.issued': {
          guard: { type: 'flagIs', params: { flag: 'inProceedings', value: false } },
          actions: 'issueProceedings',
        },
        'cpPlan.ended': [
          { guard: { type: 'outcomeIs', params: { outcome: 'cin' } }, target: '#journey.open.cinPending' },
          { guard: { type: 'outcomeIs', params: { outcome: 'care' } }, target: '#journey.open.carePending' },
          { target: '#journey.open.concluding' },
        ],
      },
    },
  },
});
