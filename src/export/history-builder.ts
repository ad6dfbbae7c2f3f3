import type { ChildId, JourneyEvent, PlaceChangeReason, SimEvent } from '../domain/index.ts';
import { isWorkforceEvent } from '../domain/index.ts';
import type { CarePeriod, ChildHistory, CinEpisode } from './child-history.ts';

/** Folds an event log, one event at a time, into each child's history. */
export interface HistoryBuilder {
  apply(event: SimEvent): void;
  /** The histories, ordered by child id so that every file lists children in the same order. */
  finish(): readonly ChildHistory[];
}

function last<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

function newHistory(event: JourneyEvent): ChildHistory {
  if (event.type !== 'contact.received' || event.data.dob === undefined || event.data.sex === undefined || event.data.ethnicity === undefined) {
    throw new Error(`child ${event.child}: the first event is ${event.type} on day ${event.day}, not a first contact with dob, sex and ethnicity; give the whole event log, from its first line`);
  }
  return {
    id: event.child, dob: event.data.dob, sex: event.data.sex, ethnicity: event.data.ethnicity,
    contacts: [], episodes: [], carePeriods: [], workers: [], claReviews: [], missing: [], visits: [],
    healthAssessments: [], pathwayReviews: [], leaverRecords: [], careLeaverClosed: undefined,
  };
}

function openEpisode(h: ChildHistory): CinEpisode | undefined {
  const e = last(h.episodes);
  return e !== undefined && e.close === undefined ? e : undefined;
}

function openCare(h: ChildHistory): CarePeriod | undefined {
  const c = last(h.carePeriods);
  return c !== undefined && c.end === undefined ? c : undefined;
}

function endWorker(h: ChildHistory, event: JourneyEvent): void {
  const spell = last(h.workers);
  if (spell !== undefined && spell.end === undefined) spell.end = event.day;
}

/**
 * Applies one journey event to its child's history. The journey machine has already checked the
 * order of events (a plan ends only after it started), so each case only records what it says.
 */
function applyJourney(h: ChildHistory, event: JourneyEvent, pendingReason: Map<ChildId, PlaceChangeReason>): void {
  const episode = openEpisode(h);
  const care = openCare(h);
  switch (event.type) {
    case 'contact.received':
      h.contacts.push({ day: event.day, source: event.data.source });
      return;
    case 'referral.accepted':
      h.episodes.push({
        referral: event.day, source: event.data.source, need: event.data.need, outcome: event.data.outcome,
        lastReferral: event.data.lastReferral, close: undefined, closeReason: undefined,
        assessments: [], strategies: [], s47s: [], cinPlans: [], cpPlans: [],
      });
      return;
    case 'assessment.started':
      episode?.assessments.push({ start: event.day, end: undefined, outcome: undefined });
      return;
    case 'assessment.completed': {
      const a = episode === undefined ? undefined : last(episode.assessments);
      if (a !== undefined) { a.end = event.day; a.outcome = event.data.outcome; }
      return;
    }
    case 'strategy.held':
      episode?.strategies.push(event.day);
      return;
    case 's47.started':
      episode?.s47s.push({ start: event.day, end: undefined, outcome: undefined, icpc: undefined, icpcOutcome: undefined });
      return;
    case 's47.completed': {
      const s = episode === undefined ? undefined : last(episode.s47s);
      if (s !== undefined) { s.end = event.day; s.outcome = event.data.outcome; }
      return;
    }
    case 'icpc.held': {
      const s = episode === undefined ? undefined : last(episode.s47s);
      if (s !== undefined) { s.icpc = event.day; s.icpcOutcome = event.data.outcome; }
      return;
    }
    case 'cpPlan.started':
      episode?.cpPlans.push({ start: event.day, end: undefined, category: event.data.category, previousPlans: event.data.previousPlans ?? 0, reviews: [] });
      return;
    case 'cpReview.held': {
      const plan = episode === undefined ? undefined : last(episode.cpPlans);
      plan?.reviews.push(event.day);
      return;
    }
    case 'cpPlan.ended': {
      const plan = episode === undefined ? undefined : last(episode.cpPlans);
      if (plan !== undefined) plan.end = event.day;
      return;
    }
    case 'cinPlan.started':
      episode?.cinPlans.push({ start: event.day, end: undefined });
      return;
    case 'cinPlan.ended': {
      const plan = episode === undefined ? undefined : last(episode.cinPlans);
      if (plan !== undefined) plan.end = event.day;
      return;
    }
    case 'care.entered':
      h.carePeriods.push({
        start: event.day, end: undefined, endReason: undefined, need: event.data.need,
        legal: [{ day: event.day, status: event.data.legalStatus }], placements: [], permanence: [],
        placementOrder: undefined, matched: undefined, placedForAdoption: undefined, adopted: undefined,
      });
      return;
    case 'legalStatus.changed':
      care?.legal.push({ day: event.day, status: event.data.legalStatus });
      return;
    case 'placement.started': {
      if (care === undefined) return;
      const before = last(care.placements);
      care.placements.push({
        start: event.day, end: undefined, place: event.data.place, provider: event.data.provider,
        changeReason: before === undefined ? undefined : pendingReason.get(h.id),
      });
      pendingReason.delete(h.id);
      return;
    }
    case 'placement.ended': {
      const p = care === undefined ? undefined : last(care.placements);
      if (p !== undefined) p.end = event.day;
      pendingReason.set(h.id, event.data.reason);
      return;
    }
    case 'permanence.planned':
      care?.permanence.push({ day: event.day, plan: event.data.plan });
      return;
    case 'placementOrder.made':
      // A placement order is the legal status E1 (SSDA903 LS; rule 408 expects it for A5/A6).
      if (care !== undefined) { care.placementOrder = event.day; care.legal.push({ day: event.day, status: 'E1' }); }
      return;
    case 'adoption.matched':
      if (care !== undefined) care.matched = event.day;
      return;
    case 'adoption.placed':
      if (care !== undefined) care.placedForAdoption = event.day;
      return;
    case 'adoption.ordered':
      if (care !== undefined) care.adopted = event.day;
      return;
    case 'care.left': {
      if (care === undefined) return;
      care.end = event.day;
      care.endReason = event.data.reason;
      const p = last(care.placements);
      if (p !== undefined && p.end === undefined) p.end = event.day;
      return;
    }
    case 'claReview.held':
      h.claReviews.push({ day: event.day, participation: event.data.participation });
      return;
    case 'visit.made':
      h.visits.push({ day: event.day, kind: event.data.kind, seenAlone: event.data.seenAlone });
      return;
    case 'healthAssessment.done':
      h.healthAssessments.push(event.day);
      return;
    case 'missing.started':
      h.missing.push({ kind: event.data.kind, start: event.day, end: undefined, returnInterview: undefined });
      return;
    case 'missing.ended': {
      const m = last(h.missing);
      if (m !== undefined && m.end === undefined) m.end = event.day;
      return;
    }
    case 'returnInterview.held': {
      const m = last(h.missing);
      if (m !== undefined) m.returnInterview = event.day;
      return;
    }
    case 'pathwayPlan.made':
    case 'pathwayPlan.reviewed':
      h.pathwayReviews.push(event.day);
      return;
    case 'careLeaver.contacted':
      h.leaverRecords.push({
        day: event.day, age: event.data.age, inTouch: event.data.inTouch, activity: event.data.activity, accommodation: event.data.accommodation,
      });
      return;
    case 'careLeaver.closed':
      h.careLeaverClosed = event.day;
      endWorker(h, event);
      if (episode !== undefined) { episode.close = event.day; episode.closeReason = 'RC7'; }
      return;
    case 'case.closed':
      endWorker(h, event);
      if (episode !== undefined) { episode.close = event.day; episode.closeReason = event.data.reason; }
      return;
    case 'worker.allocated':
      h.workers.push({ worker: event.data.worker, team: event.data.team, start: event.day, end: undefined, reason: event.data.reason, releaseReason: undefined });
      return;
    case 'worker.changed':
      endWorker(h, event);
      h.workers.push({ worker: event.data.worker, team: event.data.team, start: event.day, end: undefined, reason: event.data.reason, releaseReason: undefined });
      return;
    case 'worker.released': {
      const spell = last(h.workers);
      if (spell !== undefined && spell.end === undefined) { spell.end = event.day; spell.releaseReason = event.data.reason; }
      return;
    }
    // Events no return records.
    case 'screening.decided':
    case 'coreGroup.held':
    case 'cinReview.held':
    case 'carePlan.made':
    case 'placementPlan.agreed':
    case 'placement.notified':
    case 'carer.approved':
    case 'proceedings.issued':
    case 'proceedings.concluded':
    case 'sgo.granted':
    case 'birthday.18':
    case 'oversight.missed':
    // CAMHS and private fostering are in none of the three returns (a privately fostered child is not
    // a child in need unless referred, and then the referral is recorded).
    case 'camhs.referred':
    case 'camhs.treatmentStarted':
    case 'camhs.closed':
    case 'privateFostering.notified':
    case 'privateFostering.visited':
    case 'privateFostering.ended':
      return;
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

/**
 * Starts a fold of an event log into child histories; workforce events are passed over.
 * @example const builder = createHistoryBuilder(); for (const e of events) builder.apply(e); builder.finish();
 */
export function createHistoryBuilder(): HistoryBuilder {
  const children = new Map<ChildId, ChildHistory>();
  // Why a placement ended, kept until the next placement starts: SSDA903 records it on the new episode.
  const pendingReason = new Map<ChildId, PlaceChangeReason>();
  // Privately fostered children known only through their arrangement are in none of the returns.
  const privatelyFostered = new Set<ChildId>();
  return {
    apply(event) {
      if (isWorkforceEvent(event) || privatelyFostered.has(event.child)) return;
      let h = children.get(event.child);
      if (h === undefined) {
        if (event.type === 'privateFostering.notified') {
          privatelyFostered.add(event.child);
          return;
        }
        h = newHistory(event);
        children.set(event.child, h);
      }
      applyJourney(h, event, pendingReason);
    },
    finish() {
      return [...children.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
  };
}
