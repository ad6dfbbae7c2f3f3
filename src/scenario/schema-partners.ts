import { z } from 'zod';
import { nonNegative, probability, spread, whole } from './schema-parts.ts';

/**
 * Private fostering (CA1989 s66–67; PFR2005): arrangements the authority is told of arrive at a
 * steady rate and last a while; each is a case a worker in the assessment team holds and
 * visits, so the visits drift with the same workforce as everything else.
 */
export const privateFosteringSchema = z.strictObject({
  notificationsPerYear: nonNegative('private fostering arrangements notified to the authority per year', 10),
  arrangementMonths: spread('how long an arrangement lasts after the notification, in months (it ends at 16 in any case)', { median: 9, p90: 30 }),
  fromAge: whole('youngest age of a privately fostered child, in years', 5),
}).prefault({}).describe('private fostering arrangements');

/**
 * Child and adolescent mental health services for looked-after children: a share of children are
 * referred some time after they come into care and wait for one of a fixed number of treatment places,
 * first come first served. The wait is a queue behind a partner's capacity, not a drawn delay.
 */
export const camhsSchema = z.strictObject({
  referralShare: probability('share of children coming into care who are referred to CAMHS during that period of care', 0.25),
  referralMonths: spread('entering care to the CAMHS referral, in months', { median: 3, p90: 10 }),
  treatmentPlaces: whole('looked-after children CAMHS can treat at once (its capacity); 0 means no limit and no wait', 18),
  treatmentWeeks: spread('length of a course of CAMHS treatment, in weeks', { median: 16, p90: 40 }),
}).prefault({}).describe('CAMHS for looked-after children');
