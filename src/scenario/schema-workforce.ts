import { z } from 'zod';
import { DateError, parseLocalDate } from '../domain/index.ts';
import { nonNegative, probability, spread, whole } from './schema-parts.ts';

function isRealDate(text: string): boolean {
  try {
    parseLocalDate(text);
    return true;
  } catch (error) {
    if (error instanceof DateError) return false;
    throw error;
  }
}

/** One case-holding team (ARCHITECTURE D6 mechanisms 1–4). */
export const teamSchema = (fte: number, caseloadTarget: number) => z.strictObject({
  establishmentFte: nonNegative('funded full-time-equivalent social worker posts', fte),
  caseloadTarget: nonNegative('cases per worker the authority aims for; above it work slows (mechanism 1) and new cases wait (mechanism 2)', caseloadTarget),
  allocationCeiling: z.number().min(1).default(1.25).describe('a worker takes new cases until their caseload reaches target × this'),
  vacancyRate: probability('share of posts vacant at the start', 0.15),
  agencyShare: probability('share of filled posts held by agency workers at the start', 0.15),
  annualTurnover: probability('share of permanent workers who leave in a year (mechanism 3)', 0.16),
  agencyAnnualTurnover: probability('share of agency workers who leave in a year', 0.5),
  recruitmentWeeks: spread('weeks to fill a vacant post with a permanent worker (mechanism 4)', { median: 16, p90: 30 }),
  agencyCoverShare: probability('share of vacancies covered by an agency worker while recruiting', 0.6),
  agencyCoverWeeks: spread('weeks to bring in agency cover', { median: 3, p90: 6 }),
  handoverDays: nonNegative('working days a new worker needs to pick up a case before it moves on (mechanism 3)', 5),
  reallocationDays: nonNegative('working days before the cases of a worker who leaves are reallocated (mechanism 3)', 5),
}).prefault({});

export const workforceSchema = z.strictObject({
  assessment: teamSchema(38, 18).describe('assessment team'),
  protection: teamSchema(90, 16).describe('family support and protection team (CIN and CP plans)'),
  lookedAfter: teamSchema(50, 15).describe('children looked after team'),
  leavingCare: teamSchema(20, 22).describe('care leavers: personal advisers'),
  adoption: teamSchema(6, 12).describe('adoption team: holds the cases of children with a placement order until the adoption order'),
  frontDoor: z.strictObject({
    screeners: nonNegative('front-door screeners on duty each working day (mechanism 7)', 11),
    screeningHoursPerDay: nonNegative('hours of screening each screener does per working day', 6),
    handoffs: whole('hand-offs between screening and the referral decision (mechanism 7: "too many decision points")', 2),
    handoffSameDayChance: probability('chance a hand-off is picked up the same working day', 0.6),
  }).prefault({}).describe('front door (MASH)'),
  chairs: z.strictObject({
    count: nonNegative('independent conference chairs (mechanism 6)', 10),
    conferencesPerWeek: nonNegative('initial and review conferences each chair holds per week', 6),
    absenceRate: probability('share of working days a chair is off', 0.05),
  }).prefault({}).describe('child protection conference chairs'),
  iros: z.strictObject({
    count: nonNegative('independent reviewing officers (mechanism 6)', 8),
    reviewsPerWeek: nonNegative('looked-after reviews each IRO holds per week', 6),
    absenceRate: probability('share of working days an IRO is off', 0.05),
  }).prefault({}).describe('independent reviewing officers'),
  oversight: z.strictObject({
    supervisionIntervalWeeks: nonNegative('weeks between a worker\'s supervisions, which catch missed tasks (mechanism 5)', 4),
    missChance: probability('chance a due task is missed and waits for supervision (mechanism 5)', 0.08),
  }).prefault({}).describe('management oversight'),
  restructure: z.strictObject({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, or null for none')
      .refine((text) => isRealDate(text), { message: 'no such day in the calendar; write a real date such as 2022-06-01' })
      .nullable().default(null)
      .describe('day of a whole-service restructure (mechanism 3), YYYY-MM-DD; null for none'),
    reallocatedShare: probability('share of allocated cases moved to a new worker that day (SW_REASON ORGRST)', 0.5),
    leavingShare: probability('share of permanent social workers who leave because of the restructure', 0.1),
  }).prefault({}).describe('a whole-service restructure: cases reallocated and staff lost on one day'),
}).prefault({}).describe('the workforce: why things are late');

/** The eight drift mechanisms of ARCHITECTURE D6, each switchable (trainers need that). */
export const mechanismsSchema = z.strictObject({
  capacity: z.boolean().default(true).describe('1: workers above their caseload target progress each case proportionally slower'),
  unallocatedWaits: z.boolean().default(true).describe('2: a case waits unallocated when no worker in the team has room'),
  turnover: z.boolean().default(true).describe('3: workers leave; cases wait for reallocation and the new worker needs handover days'),
  vacancies: z.boolean().default(true).describe('4: posts stay empty for a recruitment lag; agency cover fills a share'),
  oversight: z.boolean().default(true).describe('5: a due task can be missed until supervision catches it'),
  conferenceCapacity: z.boolean().default(true).describe('6: conferences and reviews wait for a chair or IRO slot'),
  frontDoor: z.boolean().default(true).describe('7: contacts queue for screeners, and each hand-off adds delay'),
  prematureEndings: z.boolean().default(true).describe('8: plans ended before risk has fallen bring children back'),
}).prefault({}).describe('drift mechanisms; switch one off to see what it costs');
