import { journeySetup } from '../setup.ts';
import { closeCase } from './closing.ts';

const careLeft = [
  { guard: { type: 'isCareLeaverExit', params: { adult: true } }, target: '#journey.open.leavingCare.formerRelevant', actions: 'leaveCare' },
  { guard: { type: 'isCareLeaverExit', params: { adult: false } }, target: '#journey.open.leavingCare.relevant', actions: 'leaveCare' },
  { target: '#journey.open.cinPending', actions: 'leaveCare' },
] as const;

/** A decision to look after the child has been made; the period of care has not started. */
export const carePending = journeySetup.createStateConfig({
  description: 'Decision to look after the child; waiting to become looked after.',
  on: {
    'care.entered': { target: 'care', actions: 'enterCare' },
    'case.closed': [...closeCase],
  },
});

/**
 * Looked after (CA1989 s22; CPPCR2010): placements, statutory reviews and visits, health, missing
 * episodes, care proceedings and the permanence track. Permanence is a plan carried in the context
 * (`permanence`, `adoptionStage`) rather than a parallel region, so the compiled table stays a
 * plain leaf × event lookup; its guards keep the adoption steps in order (placement order → match
 * → placed → adoption order; AAR2005).
 */
export const care = journeySetup.createStateConfig({
  initial: 'awaitingPlacement',
  on: {
    'legalStatus.changed': { actions: 'changeLegalStatus' },
    'carePlan.made': { guard: { type: 'flagIs', params: { flag: 'carePlan', value: false } }, actions: 'makeCarePlan' },
    'claReview.held': { actions: 'countClaReview' },
    'visit.made': { actions: 'countVisit' },
    'healthAssessment.done': { actions: 'countHealthAssessment' },
    'missing.started': { guard: { type: 'flagIs', params: { flag: 'missing', value: false } }, actions: 'startMissing' },
    'missing.ended': { guard: { type: 'flagIs', params: { flag: 'missing', value: true } }, actions: 'endMissing' },
    'returnInterview.held': {
      guard: { type: 'flagIs', params: { flag: 'returnInterviewDue', value: true } },
      actions: 'holdReturnInterview',
    },
    'proceedings.issued': { guard: { type: 'flagIs', params: { flag: 'inProceedings', value: false } }, actions: 'issueProceedings' },
    'proceedings.concluded': { guard: { type: 'flagIs', params: { flag: 'inProceedings', value: true } }, actions: 'concludeProceedings' },
    'permanence.planned': { actions: 'planPermanence' },
    'placementOrder.made': { guard: { type: 'adoptionStageIs', params: { stage: 0 } }, actions: 'advanceAdoption' },
    'adoption.matched': { guard: { type: 'adoptionStageIs', params: { stage: 1 } }, actions: 'advanceAdoption' },
    'adoption.placed': { guard: { type: 'adoptionStageIs', params: { stage: 2 } }, actions: 'advanceAdoption' },
    'adoption.ordered': { guard: { type: 'adoptionStageIs', params: { stage: 3 } }, actions: 'advanceAdoption' },
    'sgo.granted': { guard: { type: 'permanenceIs', params: { plan: 'sgo' } }, actions: 'concludeProceedings' },
    'pathwayPlan.made': { guard: { type: 'flagIs', params: { flag: 'pathwayPlan', value: false } }, actions: 'makePathwayPlan' },
    'pathwayPlan.reviewed': { guard: { type: 'flagIs', params: { flag: 'pathwayPlan', value: true } }, actions: 'reviewPathwayPlan' },
    // Child and adolescent mental health services: referral, a wait, treatment (HealthSG2015).
    'camhs.referred': { guard: { type: 'camhsIs', params: { stage: 0 } }, actions: 'referToCamhs' },
    'camhs.treatmentStarted': { guard: { type: 'camhsIs', params: { stage: 1 } }, actions: 'startCamhsTreatment' },
    'camhs.closed': [
      { guard: { type: 'camhsIs', params: { stage: 1 } }, actions: 'closeCamhs' },
      { guard: { type: 'camhsIs', params: { stage: 2 } }, actions: 'closeCamhs' },
    ],
    'care.left': [...careLeft],
  },
  states: {
    awaitingPlacement: {
      description: 'Looked after, between placements (or before the first).',
      on: { 'placement.started': { target: 'placed', actions: 'startPlacement' } },
    },
    placed: {
      description: 'Looked after, in a placement.',
      on: {
        'placementPlan.agreed': { guard: { type: 'flagIs', params: { flag: 'placementPlan', value: false } }, actions: 'agreePlacementPlan' },
        'placement.notified': { guard: { type: 'flagIs', params: { flag: 'placementNotified', value: false } }, actions: 'notifyPlacement' },
        'carer.approved': { guard: { type: 'flagIs', params: { flag: 'carerApproved', value: false } }, actions: 'approveCarer' },
        'placement.ended': { target: 'awaitingPlacement' },
      },
    },
  },
});

/**
 * Leaving care (CA1989 s23A–23C; Care Leavers (England) Regulations 2010): a relevant child
 * (left care at 16–17) becomes former relevant at 18; pathway plans and adviser contact continue
 * until leaving-care support ends, which ends the journey.
 */
export const leavingCare = journeySetup.createStateConfig({
  initial: 'relevant',
  on: {
    'pathwayPlan.made': { guard: { type: 'flagIs', params: { flag: 'pathwayPlan', value: false } }, actions: 'makePathwayPlan' },
    'pathwayPlan.reviewed': { guard: { type: 'flagIs', params: { flag: 'pathwayPlan', value: true } }, actions: 'reviewPathwayPlan' },
    'visit.made': { actions: 'countVisit' },
    // The adviser's birthday record (SSDA903 OC3): data for the returns, it changes no state.
    'careLeaver.contacted': { actions: 'countLeaverRecord' },
    'careLeaver.closed': { target: '#journey.done', actions: 'closeCase' },
  },
  states: {
    relevant: {
      description: 'Care leaver aged 16–17 (relevant child).',
      on: { 'birthday.18': { target: 'formerRelevant', actions: 'turn18' } },
    },
    formerRelevant: { description: 'Care leaver aged 18 or over (former relevant child).' },
  },
});
