import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asSimDay, childId } from '../../src/domain/index.ts';
import { compiledJourney, createJourneyState, initialJourneyContext, stepJourney } from '../../src/journey/index.ts';
import { createCaseRecord, createNewCaseRecord } from '../../src/sim/case-record.ts';
import { diceFor } from '../../src/sim/dice.ts';
import { FC_SEED } from '../support/seed.ts';

const compiled = compiledJourney();

function fresh() {
  return createNewCaseRecord(0, 4, childId('C4'), diceFor(1, 4), asSimDay(15_000), 'M', 'WBRI', 'N1', 0.3, compiled.initialLeaf);
}

describe('a case record is its own dice, journey state and journey context', () => {
  it('starts with exactly the initial journey context: every field, and no case field under a context name', () => {
    const c = fresh();
    const context = c.journey.context as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(initialJourneyContext())) expect(context[key], key).toBe(value);
    expect(c.journey.leaf).toBe(compiled.initialLeaf);
    expect(createJourneyState(compiled).leaf).toBe(compiled.initialLeaf);
  });

  it('draws what its dice would have drawn, and moves on from where they stood when it was made', () => {
    const alone = diceFor(9, 17);
    const given = diceFor(9, 17);
    alone.next();
    given.next();
    const c = createNewCaseRecord(0, 17, childId('C17'), given, asSimDay(15_000), 'F', 'WBRI', 'N1', 0.3, compiled.initialLeaf);
    expect([c.dice.next(), c.dice.next(), c.dice.next()]).toEqual([alone.next(), alone.next(), alone.next()]);
  });

  it('takes a journey event the way a separate journey state does', () => {
    const c = fresh();
    const separate = createJourneyState(compiled);
    const event = { type: 'contact.received', day: asSimDay(15_100), child: c.id, data: { source: '1A' } } as const;
    expect(stepJourney(compiled, c.journey, event)).toBe(true);
    expect(stepJourney(compiled, separate, event)).toBe(true);
    expect(c.journey.leaf).toBe(separate.leaf);
    const context = c.journey.context as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(separate.context)) expect(context[key], key).toBe(value);
    expect(c.journey.context.contacts).toBe(1);
  });

  it('copies a given journey field by field', () => {
    const journey = { leaf: 3, context: { ...initialJourneyContext(), contacts: 5, legalStatus: 'C2' as const, adult: true } };
    const c = createCaseRecord(0, 1, childId('C1'), diceFor(1, 1), asSimDay(15_000), 'M', 'WBRI', 'N1', 0.3, journey);
    expect(c.journey.leaf).toBe(3);
    expect(c.journey.context.contacts).toBe(5);
    expect(c.journey.context.legalStatus).toBe('C2');
    expect(c.journey.context.adult).toBe(true);
    expect(c.journey.context).not.toBe(journey.context);
  });

  // V8 lays a record out in the order its fields are first set: what every timer and event reads must
  // stay at the front, in the cache lines the kernel's read-ahead fetches (case-record.ts, OpenCase).
  it('sets the fields every timer and event reads first, after the dice, and the journey context next', () => {
    const keys = Object.keys(fresh());
    expect(keys.slice(0, 24)).toEqual([
      'c', 's0', 's1', 's2', 'slot', 'leaf', 'id', 'armed', 'step', 'team', 'worker', 'workerStamp', 'queued', 'handoverUntil',
      'blocked', 'workFrom', 'workLeftLo', 'workLeftHi', 'workPaceLo', 'workPaceHi', 'riskLo', 'riskHi', 'visitDue', 'reviewDue',
    ]);
    expect(keys.indexOf('index')).toBe(24);
    // Then the journey context, which the machine reads and writes at every event.
    const context = Object.keys(initialJourneyContext());
    expect(keys.slice(26, 26 + context.length)).toEqual(context);
  });
});

const FRACTIONS = ['workLeft', 'workPace', 'risk', 'planRisk', 'priorRisk'] as const;

describe(`a case record's fractions, kept as the halves of their bits (fc seed: ${FC_SEED})`, () => {
  it('starts with no work left, the target pace, the given risk and no plan or prior risk', () => {
    const c = createNewCaseRecord(0, 4, childId('C4'), diceFor(1, 4), asSimDay(15_000), 'M', 'WBRI', 'N1', 0.37, compiled.initialLeaf);
    expect([c.workLeft, c.workPace, c.risk, c.planRisk, c.priorRisk]).toEqual([0, 1, 0.37, 0, 0]);
  });

  // Any double at all (NaN, −0, infinities, subnormals): a field must give back exactly what was put in,
  // whatever is written to the other fractions and to another record after it.
  test.prop([fc.array(fc.double(), { minLength: 10, maxLength: 10 }), fc.double()])(
    'gives back every double exactly, each fraction and each record apart from the others',
    (values, risk) => {
      const a = createNewCaseRecord(0, 1, childId('C1'), diceFor(1, 1), asSimDay(15_000), 'F', 'WBRI', 'N1', risk, compiled.initialLeaf);
      const b = createNewCaseRecord(1, 2, childId('C2'), diceFor(1, 2), asSimDay(15_000), 'F', 'WBRI', 'N1', 0.5, compiled.initialLeaf);
      expect(Object.is(a.risk, risk)).toBe(true);
      FRACTIONS.forEach((field, i) => {
        a[field] = values[i]!;
        b[field] = values[i + 5]!;
      });
      FRACTIONS.forEach((field, i) => {
        expect(Object.is(a[field], values[i]), `${field} of the first record`).toBe(true);
        expect(Object.is(b[field], values[i + 5]), `${field} of the second record`).toBe(true);
      });
    },
  );
});
