import { isWorkingDay } from '../calendar/index.ts';
import {
  ETHNICITIES, NEED_CODES, REFERRAL_SOURCES, asSimDay, childId, daysInMonth, partsFromSimDay, simDayFromParts,
  type Ethnicity, type NeedCode, type ReferralSource, type SimDay,
} from '../domain/index.ts';
import { categoricalTable, drawFrom, gamma, poisson, uniform, type CategoricalTable, type RandomStream } from '../random/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { createNewCaseRecord, type CaseRecord } from './case-record.ts';
import { diceFor } from './dice.ts';
import type { RunState } from './run-state.ts';

/** Weights of a code list in code-list order (missing codes weigh 0). */
function weightsOf<K extends string>(codes: readonly K[], table: Partial<Record<K, number>>): number[] {
  return codes.map((code) => table[code] ?? 0);
}

/** Precomputed mixes, checked and summed once, so that drawing a child does no allocation and no checks. */
export interface CohortMix {
  readonly sources: readonly ReferralSource[];
  readonly sourceWeights: CategoricalTable;
  readonly ethnicityWeights: CategoricalTable;
  readonly needWeights: CategoricalTable;
  readonly ageWeights: CategoricalTable;
}

export function cohortMix(scenario: Scenario): CohortMix {
  const sources = REFERRAL_SOURCES.filter((s) => s !== '6');
  return {
    sources,
    sourceWeights: categoricalTable(weightsOf(sources, scenario.demand.sources)),
    ethnicityWeights: categoricalTable(weightsOf(ETHNICITIES, scenario.children.ethnicities)),
    needWeights: categoricalTable(weightsOf(NEED_CODES, scenario.children.needs)),
    ageWeights: categoricalTable(scenario.children.ageWeights),
  };
}

/** A Beta(α, β) draw from two gammas. */
function beta(dice: RandomStream, alpha: number, betaParam: number): number {
  const x = gamma(dice, alpha, 1);
  const y = gamma(dice, betaParam, 1);
  return x / (x + y);
}

/**
 * Creates the record of a child contacted about for the first time today, drawing who they are
 * from the child's own stream (D4): the same seed gives the same children in every scenario.
 */
export function newChild(state: RunState, mix: CohortMix, police: boolean, slot: number): CaseRecord {
  const index = state.nextChildIndex;
  state.nextChildIndex += 1;
  const who = diceFor(state.seed, index);
  const c = state.scenario.children;
  const age = drawFrom(who, mix.ageWeights);
  const dob = asSimDay(state.today - age * 365 - Math.floor(uniform(who, 0, 365)));
  const sex = who.next() < c.femaleShare ? 'F' : 'M';
  const ethnicity = ETHNICITIES[drawFrom(who, mix.ethnicityWeights)] as Ethnicity;
  const need = NEED_CODES[drawFrom(who, mix.needWeights)] as NeedCode;
  let risk = beta(who, c.riskAlpha, c.riskBeta);
  if (police) risk *= state.scenario.demand.policeRiskFactor;
  return createNewCaseRecord(slot, index, childId(`C${index}`), who, dob, sex, ethnicity, need, risk, state.compiled.initialLeaf);
}

/** A referral source for a contact that is not a police notification. */
export function drawSource(dice: RandomStream, mix: CohortMix): ReferralSource {
  return mix.sources[drawFrom(dice, mix.sourceWeights)] as ReferralSource;
}

/**
 * How many contacts about new children arrive today, and how many police notifications: a
 * seasonal Poisson process, thinner at weekends and on bank holidays, growing year on year.
 */
export function arrivalsToday(state: RunState): { readonly children: number; readonly police: number } {
  const d = state.scenario.demand;
  const years = (state.today - state.startDay) / 365.25;
  const growth = Math.pow(1 + d.growthPerYear, years);
  const month = partsFromSimDay(state.today).month;
  const season = d.seasonality[month - 1] ?? 1;
  // Spread a year's contacts over days so that weekends get `weekendFactor` of a working day's rate.
  const working = isWorkingDay(state.today);
  const dayWeight = working ? 1 : d.weekendFactor;
  const perDay = (growth * season * dayWeight) / (252 + 113 * d.weekendFactor);
  return {
    children: poisson(state.arrivals, d.newChildContactsPerYear * perDay),
    police: poisson(state.arrivals, d.policeNotificationsPerYear * perDay),
  };
}

/** Age in whole years on a day (for routing by age; legal age rules live in the calendar). */
export function ageOn(c: CaseRecord, day: number): number {
  return Math.floor((day - c.dob) / 365.25);
}

/**
 * The day a child turns 18. A 29 February birthday falls on 1 March in a common year, as for legal
 * age (the calendar's `ageInYears` convention).
 */
export function eighteenthBirthday(c: CaseRecord): SimDay {
  const p = partsFromSimDay(c.dob);
  const year = p.year + 18;
  if (p.month === 2 && p.day === 29 && daysInMonth(year, 2) === 28) return simDayFromParts(year, 3, 1);
  return simDayFromParts(year, p.month, p.day);
}
