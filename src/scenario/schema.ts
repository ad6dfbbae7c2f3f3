import { z } from 'zod';
import { DEFAULT_LOCAL_RULES } from '../rules/index.ts';
import { childrenSchema, decisionsSchema, demandSchema, populationSchema } from './schema-demand.ts';
import { careSchema, riskDynamicsSchema, workSchema } from './schema-practice.ts';
import { camhsSchema, privateFosteringSchema } from './schema-partners.ts';
import { mechanismsSchema, workforceSchema } from './schema-workforce.ts';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** When the simulation runs: a warm-up, then whole collection years (1 April – 31 March). */
export const calendarSchema = z.strictObject({
  start: z.string().regex(LOCAL_DATE, 'write the date as YYYY-MM-DD').default('2016-04-01')
    .describe('first simulated day, a 1 April: the warm-up starts here'),
  warmupYears: z.number().int().min(0).max(30).default(5)
    .describe('years simulated before the report so that stocks (CIN, CP, looked after, care leavers) reach steady state'),
  years: z.number().int().min(1).max(50).default(3).describe('collection years reported after the warm-up'),
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
