import { describe, expect, it } from 'vitest';
import { asSimDay, childId } from '../../src/domain/index.ts';
import { compiledJourney, createJourneyState, initialJourneyContext, stepJourney } from '../../src/journey/index.ts';
import { createCaseRecord, createNewCaseRecord } from '../../src/sim/case-record.ts';
import { diceFor } from '../../src/sim/dice.ts';

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
});
