/**
 * Generators of one child's journey for the rule property tests: random sequences of the events the
 * rules react to, with non-decreasing days over a few years and data drawn from the code lists.
 */
import { fc } from '@fast-check/vitest';
import { EVENT_FIELDS, childId, simDayOf } from '../../src/domain/index.ts';
import type { EventType, JourneyEvent, SimDay } from '../../src/domain/index.ts';
import type { FieldSpec } from '../../src/domain/index.ts';
import type { LocalRuleParameters } from '../../src/rules/index.ts';

const CHILD = childId('P1');

const TYPES: readonly EventType[] = (Object.keys(EVENT_FIELDS) as EventType[])
  .filter((t) => t !== 'worker.allocated' && t !== 'worker.changed');

const times = (n: number, type: EventType): EventType[] => Array.from({ length: n }, () => type);

/**
 * Journeys focus on one stage, so that chains (reviews, visits) run long enough to be tested; a repeated
 * type is more frequent. `opening` are the events that put the child in that stage on the first day.
 */
const THEMES: readonly { readonly types: readonly EventType[]; readonly opening: readonly EventType[] }[] = [
  { types: TYPES, opening: [] },
  {
    types: [
      'contact.received', 'screening.decided', ...times(2, 'referral.accepted'), 'assessment.started', ...times(2, 'assessment.completed'),
      ...times(2, 'strategy.held'), ...times(2, 's47.started'), ...times(2, 's47.completed'), ...times(2, 'icpc.held'),
      ...times(2, 'cpPlan.started'), ...times(2, 'coreGroup.held'), ...times(3, 'cpReview.held'), 'cpPlan.ended', ...times(4, 'visit.made'),
      'cinPlan.started', ...times(2, 'cinReview.held'), 'cinPlan.ended', ...times(2, 'case.closed'),
    ],
    opening: [],
  },
  {
    types: [
      ...times(8, 'visit.made'), ...times(3, 'claReview.held'), ...times(3, 'healthAssessment.done'), 'placement.started', 'placement.ended',
      'care.entered', 'care.left', 'legalStatus.changed', 'carePlan.made', 'placementPlan.agreed', 'placement.notified', 'carer.approved',
      'missing.started', 'missing.ended', 'returnInterview.held', 'proceedings.issued', 'proceedings.concluded',
    ],
    opening: ['care.entered', 'placement.started'],
  },
  {
    types: [
      'placementOrder.made', 'adoption.matched', ...times(2, 'adoption.placed'), ...times(3, 'claReview.held'), ...times(4, 'visit.made'),
      'adoption.ordered', 'care.left', 'care.entered', 'placement.started',
    ],
    opening: ['care.entered', 'placement.started'],
  },
  {
    types: [
      ...times(2, 'care.entered'), 'care.left', 'legalStatus.changed', ...times(2, 'pathwayPlan.made'), ...times(4, 'pathwayPlan.reviewed'),
      'careLeaver.closed', 'case.closed', ...times(2, 'visit.made'), 'birthday.18',
    ],
    opening: ['care.entered'],
  },
];

/** Codes the catalogue tests for, offered half of the time so that conditions and matchers fire. */
const FAVOURITES: Readonly<Record<string, readonly string[]>> = {
  place: ['P1', 'T1', 'T3', 'T4', 'U1'],
  legalStatus: ['C2', 'L1', 'L2', 'L3', 'V3', 'V4'],
};

function codeArb(name: string, codes: readonly string[]): fc.Arbitrary<string> {
  const favourites = FAVOURITES[name];
  return favourites === undefined ? fc.constantFrom(...codes) : fc.oneof(fc.constantFrom(...favourites), fc.constantFrom(...codes));
}

function fieldArb(name: string, spec: FieldSpec): fc.Arbitrary<unknown> | undefined {
  switch (spec.kind) {
    case 'code': {
      const code = codeArb(name, spec.codes);
      return spec.optional === true ? fc.option(code, { nil: undefined }) : code;
    }
    case 'boolean':
      return fc.option(fc.boolean(), { nil: undefined });
    case 'count':
      return fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });
    case 'date': // the date of birth is set per journey, below; no rule reads the other dates
    case 'worker':
    case 'team':
      return undefined;
    default: {
      const unknownSpec: never = spec;
      throw new Error(`no generator for ${JSON.stringify(unknownSpec)}`);
    }
  }
}

function dataArb(type: EventType): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of Object.entries(EVENT_FIELDS[type])) {
    const arb = fieldArb(name, spec);
    if (arb !== undefined) fields[name] = arb;
  }
  // Leave absent optional fields out (exactOptionalPropertyTypes: never `undefined`).
  return fc.record(fields).map((data) => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)));
}

function stepArb(types: readonly EventType[]) {
  return fc.record({
    gap: fc.oneof(
      { arbitrary: fc.constant(0), weight: 3 },
      { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 5 },
      { arbitrary: fc.integer({ min: 11, max: 60 }), weight: 3 },
      { arbitrary: fc.integer({ min: 61, max: 250 }), weight: 1 },
    ),
    type: fc.constantFrom(...types),
    withDob: fc.boolean(),
  }).chain((s) => dataArb(s.type).map((data) => ({ ...s, data })));
}

/** One child's journey: events in day order, plus an optional as-of day at or after the last event. */
export interface Journey {
  readonly events: readonly JourneyEvent[];
  readonly asOf: SimDay | undefined;
}

const FIRST = simDayOf('2014-06-01');
const LAST_START = simDayOf('2022-12-31');

/** Ages at the first event: under 5 (health reviews), 13–17 (leaving care), or any child. */
const ageDaysArb = fc.oneof(
  fc.integer({ min: 0, max: 5 * 365 }),
  fc.integer({ min: 13 * 365, max: 17 * 365 }),
  fc.integer({ min: 0, max: 18 * 365 }),
);

/** A journey that usually opens with a contact recording the date of birth. */
export const journeyArb: fc.Arbitrary<Journey> = fc.constantFrom(...THEMES).chain((theme) => fc.record({
  start: fc.integer({ min: FIRST, max: LAST_START }),
  ageDays: ageDaysArb,
  firstContact: fc.boolean(),
  opening: fc.tuple(...theme.opening.map((type) => dataArb(type).map((data) => ({ gap: 0, type, withDob: false, data })))),
  steps: fc.array(stepArb(theme.types), { minLength: 1, maxLength: 60 }),
  asOfGap: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
})).map(({ start, ageDays, firstContact, opening, steps, asOfGap }) => {
  const dob = start - ageDays;
  let d = start;
  const events: JourneyEvent[] = [];
  if (firstContact) events.push({ type: 'contact.received', day: start as SimDay, child: CHILD, data: { source: '1A', dob: dob as SimDay } });
  for (const s of [...opening, ...steps]) {
    d += s.gap;
    const data = s.type === 'contact.received' && s.withDob ? { ...s.data, dob } : s.data;
    events.push({ type: s.type, day: d as SimDay, child: CHILD, data } as JourneyEvent);
  }
  return { events, asOf: asOfGap === undefined ? undefined : ((d + asOfGap) as SimDay) };
});

/** Local-rule parameters around their defaults. */
export const paramsArb: fc.Arbitrary<Partial<LocalRuleParameters>> = fc.record({
  cpVisitWorkingDays: fc.integer({ min: 1, max: 20 }),
  cinReviewMonths: fc.integer({ min: 1, max: 6 }),
  strategyWorkingDays: fc.integer({ min: 1, max: 5 }),
  s47WorkingDays: fc.integer({ min: 5, max: 20 }),
  a1ThresholdDays: fc.integer({ min: 300, max: 640 }),
  a2ThresholdDays: fc.integer({ min: 90, max: 220 }),
}, { requiredKeys: [] });
