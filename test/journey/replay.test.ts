import { describe, expect, it } from 'vitest';
import { replayJourney, JourneyError } from '../../src/journey/index.ts';
import { e } from '../support/events.ts';

const toAssessment = [
  e('2024-01-08', 'contact.received', { source: '2A' }),
  e('2024-01-09', 'screening.decided', { outcome: 'referral' }),
  e('2024-01-09', 'referral.accepted', { source: '2A', need: 'N1', outcome: 'assessment' }),
];

describe('replayJourney', () => {
  it('returns the final state of a legal journey', () => {
    const result = replayJourney([...toAssessment, e('2024-01-10', 'assessment.started')]);
    expect(result.ok && result.path).toBe('open.assessment');
  });

  it('names the child, the event, its day, the state and the legal alternatives when an event is illegal', () => {
    const result = replayJourney([...toAssessment, e('2024-01-12', 'icpc.held', { outcome: 'cpPlan' })], [1, 2, 3, 7]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.error;
    expect(error).toBeInstanceOf(JourneyError);
    expect({ child: error.child, index: error.index, line: error.line, state: error.state, type: error.eventType }).toEqual({
      child: 'C1', index: 3, line: 7, state: 'open.referral', type: 'icpc.held',
    });
    expect(error.legal).toEqual(['assessment.started', 'birthday.18', 'worker.allocated', 'oversight.missed']);
    expect(error.message).toBe(
      'child C1: line 7 (icpc.held on 2024-01-12) is not legal in state open.referral; legal next: assessment.started, birthday.18, worker.allocated, oversight.missed',
    );
  });

  it('refuses an event dated before the previous one', () => {
    const result = replayJourney([...toAssessment, e('2024-01-02', 'assessment.started')]);
    expect(!result.ok && result.error.reason).toBe("is dated before the previous event; order each child's events by day");
  });

  it('refuses events after the journey has ended', () => {
    const result = replayJourney([
      ...toAssessment.slice(0, 2),
      e('2024-01-09', 'referral.accepted', { source: '2A', need: 'N1', outcome: 'nfa' }),
      e('2024-01-10', 'case.closed', { reason: 'RC2' }),
      e('2024-02-01', 'contact.received', { source: '6' }),
    ]);
    expect(!result.ok && [result.error.state, result.error.reason, result.error.legal]).toEqual(['done', 'comes after the journey ended', []]);
  });

  it('re-opens a closed case on a new contact and keeps its history', () => {
    const result = replayJourney([
      ...toAssessment.slice(0, 2),
      e('2024-01-09', 'referral.accepted', { source: '2A', need: 'N1', outcome: 'nfa' }),
      e('2024-01-10', 'case.closed', { reason: 'RC8' }),
      e('2024-05-01', 'contact.received', { source: '6' }),
      e('2024-05-01', 'screening.decided', { outcome: 'referral' }),
      e('2024-05-02', 'referral.accepted', { source: '6', need: 'N1', outcome: 'strategy' }),
    ]);
    expect(result.ok && [result.path, result.state.context.contacts, result.state.context.referrals]).toEqual(['open.strategyPending', 2, 2]);
  });

  it('routes a care leaver by age: relevant before 18, former relevant after', () => {
    const inCare = [
      ...toAssessment, e('2024-01-10', 'assessment.started'), e('2024-02-01', 'assessment.completed', { outcome: 'care' }),
      e('2024-02-02', 'care.entered', { legalStatus: 'V2', need: 'N1' }), e('2024-02-02', 'placement.started', { place: 'U4', provider: 'PR1' }),
    ];
    const left = replayJourney([...inCare, e('2024-06-01', 'care.left', { reason: 'E5' })]);
    expect(left.ok && left.path).toBe('open.leavingCare.relevant');
    const adult = replayJourney([...inCare, e('2024-06-01', 'birthday.18'), e('2024-06-01', 'care.left', { reason: 'E17' })]);
    expect(adult.ok && adult.path).toBe('open.leavingCare.formerRelevant');
    const home = replayJourney([...inCare, e('2024-06-01', 'care.left', { reason: 'E4A' })]);
    expect(home.ok && home.path).toBe('open.cinPending');
  });

  it('keeps adoption steps in order', () => {
    const inCare = [
      ...toAssessment, e('2024-01-10', 'assessment.started'), e('2024-02-01', 'assessment.completed', { outcome: 'care' }),
      e('2024-02-02', 'care.entered', { legalStatus: 'C2', need: 'N1' }), e('2024-06-01', 'permanence.planned', { plan: 'adoption' }),
    ];
    expect(replayJourney([...inCare, e('2024-07-01', 'adoption.matched')]).ok).toBe(false);
    const result = replayJourney([
      ...inCare, e('2024-07-01', 'placementOrder.made'), e('2024-09-01', 'adoption.matched'), e('2024-10-01', 'adoption.placed'),
    ]);
    expect(result.ok && result.state.context.adoptionStage).toBe(3);
  });
});
