import { ABUSE_CATEGORIES, CLOSURE_REASONS, NEED_CODES, REFERRAL_SOURCES } from './codes/cin.ts';
import {
  ACCOMMODATION_CODES, ACTIVITY_CODES, EPISODE_END_REASONS, IN_TOUCH_CODES, LEGAL_STATUSES, MISSING_KINDS, PLACE_CHANGE_REASONS, PLACEMENT_PROVIDERS,
  PLACEMENT_TYPES, REVIEW_PARTICIPATION, SW_REASONS,
} from './codes/ssda903.ts';
import { ETHNICITIES, SEXES } from './codes/person.ts';
import {
  ASSESSMENT_OUTCOMES, CIN_PLAN_END_OUTCOMES, CP_PLAN_END_OUTCOMES, HEALTH_ASSESSMENT_KINDS, ICPC_OUTCOMES,
  PERMANENCE_PLANS, PROCEEDINGS_ORDERS, REFERRAL_OUTCOMES, S47_OUTCOMES, SCREENING_OUTCOMES, STRATEGY_OUTCOMES,
  VISIT_KINDS, CAMHS_OUTCOMES,
} from './codes/outcomes.ts';
import { OVERSIGHT_TASKS } from './codes/workforce.ts';
import type { EventType } from './events.ts';

/** How one field of an event's data is written in an event file. */
export type FieldSpec =
  | { readonly kind: 'code'; readonly codes: readonly string[]; readonly optional?: true }
  | { readonly kind: 'date'; readonly optional?: true }
  | { readonly kind: 'count'; readonly optional?: true }
  | { readonly kind: 'boolean'; readonly optional?: true }
  | { readonly kind: 'worker' }
  | { readonly kind: 'team' };

const code = (codes: readonly string[]): FieldSpec => ({ kind: 'code', codes });
const optionalCode = (codes: readonly string[]): FieldSpec => ({ kind: 'code', codes, optional: true });
const optionalBoolean: FieldSpec = { kind: 'boolean', optional: true };
const optionalDate: FieldSpec = { kind: 'date', optional: true };
/** `REC` without X1: a period of care ends for a reason, it does not "continue". */
const CARE_END_REASONS = EPISODE_END_REASONS.filter((r) => r !== 'X1');

/**
 * The data fields of every event type, as data: the decoder, the docs and the generators of the
 * property tests all read this one table, so it cannot drift from `EventDataMap` unnoticed
 * (a test checks that each spec decodes to the declared type).
 */
export const EVENT_FIELDS: { readonly [K in EventType]: Readonly<Record<string, FieldSpec>> } = {
  'contact.received': {
    source: code(REFERRAL_SOURCES), dob: optionalDate,
    sex: optionalCode(SEXES), ethnicity: optionalCode(ETHNICITIES),
  },
  'screening.decided': { outcome: code(SCREENING_OUTCOMES) },
  'referral.accepted': {
    source: code(REFERRAL_SOURCES), need: code(NEED_CODES), outcome: code(REFERRAL_OUTCOMES), lastReferral: optionalDate,
  },
  'assessment.started': {},
  'assessment.completed': { outcome: code(ASSESSMENT_OUTCOMES) },
  'strategy.held': { outcome: code(STRATEGY_OUTCOMES) },
  's47.started': {},
  's47.completed': { outcome: code(S47_OUTCOMES) },
  'icpc.held': { outcome: code(ICPC_OUTCOMES) },
  'cpPlan.started': { category: code(ABUSE_CATEGORIES), previousPlans: { kind: 'count', optional: true } },
  'coreGroup.held': {},
  'cpReview.held': {},
  'cpPlan.ended': { outcome: code(CP_PLAN_END_OUTCOMES) },
  'cinPlan.started': {},
  'cinReview.held': {},
  'cinPlan.ended': { outcome: code(CIN_PLAN_END_OUTCOMES) },
  'care.entered': { legalStatus: code(LEGAL_STATUSES), need: code(NEED_CODES), lastCareLeft: optionalDate },
  'legalStatus.changed': { legalStatus: code(LEGAL_STATUSES) },
  'carePlan.made': {},
  'placement.started': {
    place: code(PLACEMENT_TYPES), provider: code(PLACEMENT_PROVIDERS),
    longTerm: optionalBoolean, ltfConsent: optionalBoolean, temporaryApproval: optionalBoolean,
  },
  'placementPlan.agreed': {},
  'placement.notified': {},
  'carer.approved': {},
  'placement.ended': { reason: code(PLACE_CHANGE_REASONS) },
  'claReview.held': { participation: optionalCode(REVIEW_PARTICIPATION) },
  'visit.made': { kind: optionalCode(VISIT_KINDS), seenAlone: optionalBoolean },
  'healthAssessment.done': { kind: code(HEALTH_ASSESSMENT_KINDS) },
  'missing.started': { kind: code(MISSING_KINDS) },
  'missing.ended': {},
  'returnInterview.held': {},
  'proceedings.issued': {},
  'proceedings.concluded': { order: code(PROCEEDINGS_ORDERS) },
  'camhs.referred': {},
  'camhs.treatmentStarted': {},
  'camhs.closed': { outcome: code(CAMHS_OUTCOMES) },
  'permanence.planned': { plan: code(PERMANENCE_PLANS) },
  'placementOrder.made': {},
  'adoption.matched': {},
  'adoption.placed': {},
  'adoption.ordered': {},
  'sgo.granted': {},
  'care.left': { reason: code(CARE_END_REASONS) },
  'pathwayPlan.made': {},
  'pathwayPlan.reviewed': {},
  'birthday.18': {},
  'careLeaver.contacted': { age: { kind: 'count' }, inTouch: code(IN_TOUCH_CODES), activity: code(ACTIVITY_CODES), accommodation: code(ACCOMMODATION_CODES) },
  'careLeaver.closed': {},
  'privateFostering.notified': { dob: optionalDate, sex: optionalCode(SEXES), ethnicity: optionalCode(ETHNICITIES) },
  'privateFostering.visited': {},
  'privateFostering.ended': {},
  'case.closed': { reason: code(CLOSURE_REASONS) },
  'worker.allocated': { worker: { kind: 'worker' }, team: { kind: 'team' }, reason: optionalCode(SW_REASONS) },
  'worker.changed': { worker: { kind: 'worker' }, team: { kind: 'team' }, reason: code(SW_REASONS) },
  'worker.released': { reason: code(SW_REASONS) },
  'oversight.missed': { task: code(OVERSIGHT_TASKS) },
};

/** Every event type, in the order of the event catalogue. */
export const EVENT_TYPES: readonly EventType[] = Object.keys(EVENT_FIELDS) as EventType[];

/** True when `text` names a journey event type. */
export function isEventType(text: string): text is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_FIELDS, text);
}
