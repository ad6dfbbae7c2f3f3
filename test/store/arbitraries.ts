/**
 * fast-check generators of events of every type, journey and workforce, built from the field
 * tables so that a new event type or field is generated without touching this file.
 */
import { fc } from '@fast-check/vitest';
import {
  EVENT_FIELDS, EVENT_TYPES, WORKFORCE_EVENT_FIELDS, WORKFORCE_EVENT_TYPES, simDayFromParts,
  type FieldSpec, type SimEvent, type WorkforceFieldSpec,
} from '../../src/domain/index.ts';

/** Days from 1900 to 2199: every date a four-digit `YYYY-MM-DD` can hold in a plausible run. */
export const dayArb = fc.integer({ min: simDayFromParts(1900, 1, 1), max: simDayFromParts(2199, 12, 31) });

/** Ids as `domain/ids.ts` allows them. */
export const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/);

/** Positive numbers of every shape JSON can write: whole, fractional, tiny (`5e-324`) and large (`1e+21`). */
const positiveArb = fc.oneof(
  fc.integer({ min: 1, max: 60 }),
  fc.double({ min: Number.MIN_VALUE, max: 1e22, noNaN: true, noDefaultInfinity: true }),
);

function valueArb(spec: FieldSpec | WorkforceFieldSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'code':
      return fc.constantFrom(...spec.codes);
    case 'date':
      return dayArb;
    case 'count':
      return fc.nat({ max: 30 });
    case 'boolean':
      return fc.boolean();
    case 'worker':
    case 'team':
      return idArb;
    case 'positive':
      return positiveArb;
    default: {
      const unknownKind: never = spec;
      throw new Error(`unknown field kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

function dataArb(fields: Readonly<Record<string, FieldSpec | WorkforceFieldSpec>>): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(Object.entries(fields).map(([key, spec]) => [key, valueArb(spec)]));
  const required = Object.entries(fields).filter(([, spec]) => !('optional' in spec && spec.optional === true)).map(([key]) => key);
  // Optional fields are left out rather than set to undefined (exactOptionalPropertyTypes).
  return fc.record(model, { requiredKeys: required });
}

/** Events of one type, journey or workforce. */
export function eventOfTypeArb(type: string): fc.Arbitrary<SimEvent> {
  if ((WORKFORCE_EVENT_TYPES as readonly string[]).includes(type)) {
    const fields = WORKFORCE_EVENT_FIELDS[type as keyof typeof WORKFORCE_EVENT_FIELDS];
    return fc.record({ type: fc.constant(type), day: dayArb, worker: idArb, data: dataArb(fields) }) as fc.Arbitrary<SimEvent>;
  }
  const fields = EVENT_FIELDS[type as keyof typeof EVENT_FIELDS];
  return fc.record({ type: fc.constant(type), day: dayArb, child: idArb, data: dataArb(fields) }) as fc.Arbitrary<SimEvent>;
}

/** Every event type, journey then workforce. */
export const ALL_EVENT_TYPES: readonly string[] = [...EVENT_TYPES, ...WORKFORCE_EVENT_TYPES];

/** One event of every type per run, so that each run of a property covers the whole catalogue. */
export const oneOfEachTypeArb: fc.Arbitrary<SimEvent[]> = fc.tuple(...ALL_EVENT_TYPES.map(eventOfTypeArb));

/** Any event. */
export const simEventArb: fc.Arbitrary<SimEvent> = fc.oneof(...ALL_EVENT_TYPES.map(eventOfTypeArb));
