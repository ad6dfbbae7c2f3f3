/**
 * Where each field of a child's projection state sits in its row of 32-bit integers (child-rows.ts).
 *
 * Why rows: at national scale the projection holds hundreds of thousands of live children; as objects
 * they were fifty fields each for the collector to copy while young and to mark at every full
 * collection, and a pointer away from the handle that finds them. A row in one typed array is none of
 * that: the collector never looks inside it, and a handle is its index (ARCHITECTURE.md §7, D11).
 *
 * The fields an event reads first (eligibility, the yes-or-no flags, the open-clock filter and the first
 * four clocks) fill the row's first 64 bytes, one cache line; the context and the days the second.
 */
import type { SimDay } from '../../domain/time.ts';

/**
 * A fresh row is all zeros, so that a row is made fresh where it is hot (when its child's state is
 * released, by the event that last used it) and a new child's first event writes only what it sets.
 * Fields whose "nothing" is not 0 are stored shifted: a day as its bits with the sign flipped (0 is
 * "undefined"), a year index less NO_YEAR, a code plus one.
 */
const SIGN = -2147483648;

/** A day field as stored: 0 for undefined. */
export function dayIn(value: SimDay | undefined): number {
  return value === undefined ? 0 : value ^ SIGN;
}

/** A day field as the state's interface has it: undefined where the row holds 0. */
export function dayOut(stored: number): SimDay | undefined {
  return stored === 0 ? undefined : ((stored ^ SIGN) as SimDay);
}

/** A year index that is never a report year: "nothing pending". */
export const NO_YEAR = -2;

/** Int32 slots per row: three cache lines. */
export const ROW_INTS = 48;

/** Offsets of the fields in a row. */
export const F = {
  // Line 0: what nearly every event reads: eligibility, the flags, the open-clock filter, the first four clocks.
  lastEventDay: 0, flags: 1, openBits: 2, openCount: 3,
  rule0: 4, start0: 5, due0: 6, rule1: 7, start1: 8, due1: 9,
  rule2: 10, start2: 11, due2: 12, rule3: 13, start3: 14, due3: 15,
  // Line 1: the context conditions read, the days the stocks and plans read, the per-year counts.
  legalStatus: 16, dob: 17, qualifyingDays: 18, b14: 19, b16: 20, b18: 21, waitStart: 22, cpStart: 23,
  rcpcDecided: 24, placementStart: 25, placementPlace: 26, lastStrategyDay: 27, privateFosteringFrom: 28,
  placementYear: 29, placementCount: 30, workerYear: 31,
  // Line 2: what one kind of event or another reads.
  workerCount: 32, missingEndedYear: 33, proceedingsIssued: 34, turned18: 35, camhsReferred: 36,
} as const;

/** Where a row's second cache line starts. */
export const LINE_1 = F.legalStatus;

/** Bits of the `flags` field: the state's yes-or-no fields, one word for all. */
export const B = {
  eligibleFound: 1 << 0, lookedAfter: 1 << 1, caseOpen: 1 << 2, everAllocated: 1 << 3, rcpcLate: 1 << 4,
  inCare: 1 << 5, privatelyFostered: 1 << 6, placementPresent: 1 << 7, placementLongTerm: 1 << 8,
  placementLtfConsent: 1 << 9, placementTemporaryApproval: 1 << 10, reviewHeldInPeriod: 1 << 11,
  adoptionReviewHeld: 1 << 12, pathwayPlanMade: 1 << 13, inCountedPlacement: 1 << 14, fostered: 1 << 15,
} as const;

/** `flags` with bit `bit` set to `value`. */
export function withFlag(flags: number, bit: number, value: boolean): number {
  return value ? flags | bit : flags & ~bit;
}

/** References kept beside each row in an ordinary array (strings the typed row cannot hold). */
export const REFS_PER_ROW = 4;
/** Offsets of the references: the child's id (undefined for a free row), the worker, and the year's first two workers. */
export const R = { owner: 0, worker: 1, firstWorker: 2, secondWorker: 3 } as const;
