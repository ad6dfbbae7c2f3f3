import { LEGAL_STATUSES, PERMANENCE_PLANS } from '../domain/index.ts';
import { initialJourneyContext, type JourneyContext } from './context.ts';

/**
 * A journey context packed into 23 unsigned 16-bit words: 21 counts, the ten flags as bits of one
 * word, and the legal status and permanence plan as list positions in one word. A child away from
 * the service keeps only this (46 bytes instead of a 288-byte object), so a national run's million
 * children expected back fit in memory (ARCHITECTURE §7). Round trip: test/journey/context-pack.test.ts.
 */
export const CONTEXT_WORDS = 23;

const COUNT_LIMIT = 0xffff;
const LEGAL: readonly (JourneyContext['legalStatus'])[] = ['none', ...LEGAL_STATUSES];
const PERMANENCE: readonly (JourneyContext['permanence'])[] = ['none', ...PERMANENCE_PLANS];

/** A count as a 16-bit word; a count past the word is a simulator bug, so it fails loudly. */
function word(value: number, field: string): number {
  if (!(value >= 0 && value <= COUNT_LIMIT && Number.isInteger(value))) {
    throw new RangeError(`journey context ${field} = ${value} does not fit a packed count (0–${COUNT_LIMIT}); widen CONTEXT_WORDS' counts to 32 bits`);
  }
  return value;
}

/** Where `value` stands in its code list; a value outside the list is a simulator bug. */
function position<T>(list: readonly T[], value: T, field: string): number {
  const at = list.indexOf(value);
  if (at < 0) throw new RangeError(`journey context ${field} = ${String(value)} is not in its code list; add it to context-pack.ts`);
  return at;
}

/** Writes `c` into `words[at … at + CONTEXT_WORDS − 1]`. */
export function packContext(c: JourneyContext, words: Uint16Array, at: number): void {
  words[at] = word(c.contacts, 'contacts');
  words[at + 1] = word(c.referrals, 'referrals');
  words[at + 2] = word(c.assessments, 'assessments');
  words[at + 3] = word(c.s47s, 's47s');
  words[at + 4] = word(c.cpPlans, 'cpPlans');
  words[at + 5] = word(c.cinPlans, 'cinPlans');
  words[at + 6] = word(c.periodsOfCare, 'periodsOfCare');
  words[at + 7] = word(c.placements, 'placements');
  words[at + 8] = word(c.workerChanges, 'workerChanges');
  words[at + 9] = word(c.releases, 'releases');
  words[at + 10] = word(c.missedTasks, 'missedTasks');
  words[at + 11] = word(c.visits, 'visits');
  words[at + 12] = word(c.cpReviews, 'cpReviews');
  words[at + 13] = word(c.coreGroups, 'coreGroups');
  words[at + 14] = word(c.cinReviews, 'cinReviews');
  words[at + 15] = word(c.claReviews, 'claReviews');
  words[at + 16] = word(c.healthAssessments, 'healthAssessments');
  words[at + 17] = word(c.pathwayReviews, 'pathwayReviews');
  words[at + 18] = word(c.leaverRecords, 'leaverRecords');
  words[at + 19] = word(c.camhs, 'camhs');
  words[at + 20] = word(c.adoptionStage, 'adoptionStage');
  words[at + 21] =
    (c.carePlan ? 1 : 0) | (c.placementPlan ? 2 : 0) | (c.placementNotified ? 4 : 0) | (c.carerApproved ? 8 : 0) |
    (c.missing ? 16 : 0) | (c.returnInterviewDue ? 32 : 0) | (c.inProceedings ? 64 : 0) | (c.adult ? 128 : 0) |
    (c.allocated ? 256 : 0) | (c.pathwayPlan ? 512 : 0);
  words[at + 22] = (position(LEGAL, c.legalStatus, 'legalStatus') << 8) | position(PERMANENCE, c.permanence, 'permanence');
}

/**
 * The context packed at `words[at …]`, written into `into` (every field) and returned: by default a
 * new object of the same shape as a fresh one.
 */
export function unpackContext(words: Uint16Array, at: number, into: JourneyContext = initialJourneyContext()): JourneyContext {
  const c = into;
  c.contacts = words[at]!;
  c.referrals = words[at + 1]!;
  c.assessments = words[at + 2]!;
  c.s47s = words[at + 3]!;
  c.cpPlans = words[at + 4]!;
  c.cinPlans = words[at + 5]!;
  c.periodsOfCare = words[at + 6]!;
  c.placements = words[at + 7]!;
  c.workerChanges = words[at + 8]!;
  c.releases = words[at + 9]!;
  c.missedTasks = words[at + 10]!;
  c.visits = words[at + 11]!;
  c.cpReviews = words[at + 12]!;
  c.coreGroups = words[at + 13]!;
  c.cinReviews = words[at + 14]!;
  c.claReviews = words[at + 15]!;
  c.healthAssessments = words[at + 16]!;
  c.pathwayReviews = words[at + 17]!;
  c.leaverRecords = words[at + 18]!;
  c.camhs = words[at + 19]!;
  c.adoptionStage = words[at + 20]!;
  const flags = words[at + 21]!;
  c.carePlan = (flags & 1) !== 0;
  c.placementPlan = (flags & 2) !== 0;
  c.placementNotified = (flags & 4) !== 0;
  c.carerApproved = (flags & 8) !== 0;
  c.missing = (flags & 16) !== 0;
  c.returnInterviewDue = (flags & 32) !== 0;
  c.inProceedings = (flags & 64) !== 0;
  c.adult = (flags & 128) !== 0;
  c.allocated = (flags & 256) !== 0;
  c.pathwayPlan = (flags & 512) !== 0;
  const codes = words[at + 22]!;
  c.legalStatus = LEGAL[codes >> 8]!;
  c.permanence = PERMANENCE[codes & 0xff]!;
  return c;
}
