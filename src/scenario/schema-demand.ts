import { z } from 'zod';
import { ABUSE_CATEGORIES, ETHNICITIES, NEED_CODES, REFERRAL_SOURCES } from '../domain/index.ts';
import { logistic, nonNegative, probability, weights, whole } from './schema-parts.ts';

/** The area: children living there, for rates per 10,000 (statutory-rules.md §4). */
export const populationSchema = z.strictObject({
  children: whole('children aged 0–17 living in the area at the start (ONS mid-year estimate)', 100_000, 1),
  growthPerYear: z.number().min(-0.5).max(0.5).default(0.005).describe('annual growth of the child population, as a fraction (0.005 = 0.5%)'),
}).default({ children: 100_000, growthPerYear: 0.005 }).describe('the child population of the area');

/**
 * Demand at the front door. New children arrive as a seasonal Poisson process; children already
 * known come back through the re-contact process (see `riskDynamics`), so re-referrals and repeat
 * plans emerge rather than being set.
 */
export const demandSchema = z.strictObject({
  newChildContactsPerYear: nonNegative('contacts a year about children not previously known, at the start (excluding police notifications)', 7_000),
  policeNotificationsPerYear: nonNegative('police notifications a year (CIN source 6), mostly low-risk incidents; a lever (Ofsted focused visit 2018)', 3_000),
  policeRiskFactor: probability('latent risk of a police-notified child relative to other contacts (1 = same)', 0.5),
  growthPerYear: z.number().min(-0.5).max(1).default(0).describe('annual growth in contacts, as a fraction; a lever'),
  seasonality: z.array(z.number().positive()).length(12).default([1.05, 1.0, 1.05, 0.95, 1.05, 1.0, 0.85, 0.8, 1.05, 1.1, 1.1, 0.95])
    .describe('relative contact rate by calendar month, January first (school holidays are quieter)'),
  weekendFactor: probability('contact rate on Saturdays, Sundays and bank holidays relative to working days', 0.3),
  sources: weights(REFERRAL_SOURCES, 'mix of CIN referral sources among contacts other than police notifications', {
    '1A': 3, '1B': 3, '1C': 1, '2A': 20, '2B': 2, '3A': 6, '3B': 5, '3C': 2, '3D': 2, '3E': 3, '3F': 6,
    '4': 3, '5A': 4, '5B': 3, '5C': 3, '5D': 6, '7': 3, '8': 20, '9': 3,
  }),
}).prefault({}).describe('contacts arriving at the front door');

/** Who the children are: drawn per child from its own stream, so two scenarios share them (D4). */
export const childrenSchema = z.strictObject({
  ageWeights: z.array(z.number().min(0)).length(18).default([10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 9, 8, 6])
    .describe('relative chance of each age 0–17 (in years) at first contact'),
  femaleShare: probability('share of girls', 0.48),
  ethnicities: weights(ETHNICITIES, 'ethnicity mix (DfE codes)', {
    WBRI: 72, WIRI: 1, WOTH: 6, WIRT: 0.2, WROM: 0.5, MWBC: 3, MWBA: 1, MWAS: 1.5, MOTH: 2.5, AIND: 1.5,
    APKN: 2, ABAN: 0.5, AOTH: 1.5, BCRB: 1, BAFR: 2.5, BOTH: 0.5, CHNE: 0.2, OOTH: 1.5, REFU: 0.5, NOBT: 1,
  }),
  needs: weights(NEED_CODES, 'primary need at referral (CIN PrimaryNeedCode)', {
    N1: 55, N2: 8, N3: 5, N4: 10, N5: 12, N6: 2, N7: 1, N8: 4, N9: 3,
  }),
  abuseCategories: weights(ABUSE_CATEGORIES, 'category of abuse of child protection plans (CIN InitialCategoryOfAbuse)', {
    NEG: 45, EMO: 38, PHY: 8, SAB: 5, MUL: 4,
  }),
  riskAlpha: z.number().positive().default(1.3).describe('latent risk of harm r ~ Beta(alpha, beta): alpha'),
  riskBeta: z.number().positive().default(4).describe('latent risk of harm r ~ Beta(alpha, beta): beta'),
}).prefault({}).describe('characteristics of the children contacted about');

/** Decisions along the journey, each a logistic function of the child's latent risk. */
export const decisionsSchema = z.strictObject({
  screenReferral: logistic('front door: chance a contact becomes a referral to children\'s social care', { intercept: -3.3, riskSlope: 8 }),
  screenEarlyHelp: logistic('front door, if not a referral: chance of early help rather than advice or no further action', { intercept: -1, riskSlope: 4 }),
  referralToStrategy: logistic('referral: chance of going straight to a strategy discussion', { intercept: -6.5, riskSlope: 7 }),
  referralNfa: probability('referral: chance of no further action at the referral stage', 0.05),
  assessmentStrategy: logistic('assessment: chance it concludes that a strategy discussion is needed', { intercept: -3.6, riskSlope: 6 }),
  assessmentCare: logistic('assessment: chance it concludes the child must be looked after', { intercept: -5.8, riskSlope: 6 }),
  assessmentCin: logistic('assessment, if neither of the above: chance of a child-in-need plan', { intercept: -2.6, riskSlope: 5 }),
  assessmentEarlyHelp: probability('assessment, if no plan: chance of a step down to early help rather than no further action', 0.35),
  strategyS47: logistic('strategy discussion: chance of a section 47 enquiry', { intercept: 0.5, riskSlope: 4 }),
  s47Icpc: logistic('section 47: chance the concerns are substantiated and an ICPC is called', { intercept: -2.4, riskSlope: 4 }),
  s47Cin: probability('section 47 not leading to an ICPC: chance of a child-in-need plan rather than closure', 0.5),
  icpcPlan: logistic('ICPC: chance of a child protection plan', { intercept: 0.5, riskSlope: 3 }),
  emergencyCare: logistic('during a section 47: chance of an emergency removal into care', { intercept: -5, riskSlope: 5 }),
  previousPlanLogOdds: z.number().min(-10).max(10).default(0)
    .describe('log-odds added to the enquiry, conference and plan decisions for a child who has had a child protection plan before (a previous plan weighed as a risk factor)'),
}).prefault({}).describe('decision probabilities (behavioural, calibrated)');
