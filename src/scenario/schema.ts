import { z } from 'zod';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, DEFAULT_LOCAL_RULES } from '../rules/index.ts';
import { childrenSchema, decisionsSchema, demandSchema, populationSchema } from './schema-demand.ts';
import { careSchema, riskDynamicsSchema, workSchema } from './schema-practice.ts';
import { camhsSchema, privateFosteringSchema } from './schema-partners.ts';
import { mechanismsSchema, workforceSchema } from './schema-workforce.ts';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EARLIEST_START_YEAR = CALENDAR_FIRST_YEAR + 18;
const LATEST_END_YEAR = CALENDAR_LAST_YEAR - 20;

/** When the simulation runs: a warm-up, then whole collection years (1 April – 31 March). */
export const calendarSchema = z.strictObject({
  start: z.string().regex(LOCAL_DATE, 'write the date as YYYY-MM-DD').default('2008-04-01')
    .describe('first simulated day, a 1 April: the warm-up starts here'),
  warmupYears: z.number().int().min(0).max(30).default(13)
    .describe('years simulated before the report so that stocks (CIN, CP, looked after, care leavers) reach steady state'),
  years: z.number().int().min(1).max(50).default(3).describe('collection years reported after the warm-up'),
}).superRefine((c, ctx) => {
  // Children alive at the start were born up to 18 years before it, and those born near the end reach
  // dates (18th birthdays, leaving-care support) up to 20 years after it: both must be in the calendar.
  const first = Number(c.start.slice(0, 4));
  const last = first + c.warmupYears + c.years;
  if (first < EARLIEST_START_YEAR) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: `start in ${EARLIEST_START_YEAR} or later (the calendar begins in ${CALENDAR_FIRST_YEAR}, and children at the start were born up to 18 years before it)` });
  } else if (last > LATEST_END_YEAR) {
    ctx.addIssue({ code: 'custom', path: ['years'], message: `the run ends in ${last}; end it by ${LATEST_END_YEAR} (the calendar ends in ${CALENDAR_LAST_YEAR}): start earlier or simulate fewer years` });
  }
}).prefault({}).describe('simulated period');

/** Local timescales that statutory guidance leaves to each authority (ARCHITECTURE D5). */
export const localRulesSchema = z.strictObject({
  cpVisitWorkingDays: z.number().int().positive().default(DEFAULT_LOCAL_RULES.cpVisitWorkingDays)
    .describe('visits to a child on a CP plan at least every this many working days'),
  cinReviewMonths: z.number().int().positive().default(DEFAULT_LOCAL_RULES.cinReviewMonths)
    .describe('child-in-need plans reviewed at least every this many months'),
  strategyWorkingDays: z.number().int().min(0).default(DEFAULT_LOCAL_RULES.strategyWorkingDays)
    .describe('strategy discussion within this many working days of the concern'),
  s47WorkingDays: z.number().int().positive().default(DEFAULT_LOCAL_RULES.s47WorkingDays)
    .describe('section 47 enquiries concluded within this many working days'),
}).prefault({}).describe('local rules (parameters of src/rules)');

/** A whole scenario (D8): every parameter has a default, so `extends: baseline` plus a few levers is a complete what-if. */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1).describe('short name, used in run records and file headers'),
  description: z.string().default('').describe('what the scenario represents and where its figures come from'),
  extends: z.string().optional().describe('a scenario this one starts from: a name in scenarios/ or a path relative to this file'),
  calendar: calendarSchema,
  population: populationSchema,
  demand: demandSchema,
  children: childrenSchema,
  decisions: decisionsSchema,
  work: workSchema,
  riskDynamics: riskDynamicsSchema,
  care: careSchema,
  camhs: camhsSchema,
  privateFostering: privateFosteringSchema,
  workforce: workforceSchema,
  mechanisms: mechanismsSchema,
  localRules: localRulesSchema,
});

/** A validated scenario with every default filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
