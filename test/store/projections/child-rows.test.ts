import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { LEGAL_STATUSES, PLACEMENT_TYPES, childId, type ChildId, type SimDay, type WorkerId } from '../../../src/domain/index.ts';
import { clockDue, clockRule, createClockState, type ClockState } from '../../../src/rules/index.ts';
import type { ChildState } from '../../../src/store/projections/child-state.ts';
import { ChildRows } from '../../../src/store/projections/child-rows.ts';
import { FC_SEED } from '../../support/seed.ts';

/** A child's state as plain values: what a row must read back as, field by field. */
type Plain = Record<string, unknown>;

const FIELDS = [
  'lastEventDay', 'qualifyingDays', 'eligibleFound', 'dob', 'lookedAfter', 'legalStatus', 'reviewHeldInPeriod',
  'adoptionReviewHeld', 'lastStrategyDay', 'pathwayPlanMade', 'privateFosteringFrom', 'openBits', 'openCount',
  'rule0', 'start0', 'due0', 'rule1', 'start1', 'due1', 'rule2', 'start2', 'due2', 'rule3', 'start3', 'due3',
  'caseOpen', 'worker', 'everAllocated', 'waitStart', 'cpStart', 'rcpcDecided', 'rcpcLate', 'inCare', 'inCountedPlacement',
  'placementYear', 'placementCount', 'workerYear', 'firstWorker', 'secondWorker', 'workerCount', 'missingEndedYear',
  'proceedingsIssued', 'fostered', 'turned18', 'privatelyFostered', 'camhsReferred',
] as const;

/** The state of a child seen for the first time, as an ordinary object: a ClockRecord with the fold's fields. */
function fresh(child: ChildId): Plain {
  return Object.assign(createClockState(), {
    child, caseOpen: false, worker: undefined, everAllocated: false, waitStart: undefined, cpStart: undefined, rcpcDecided: 0,
    rcpcLate: false, inCare: false, inCountedPlacement: false, placementYear: -2, placementCount: 0, workerYear: -2,
    firstWorker: undefined, secondWorker: undefined, workerCount: 0, missingEndedYear: -2, proceedingsIssued: undefined,
    fostered: false, turned18: undefined, privatelyFostered: false, camhsReferred: undefined,
  }) as unknown as Plain;
}

/** Every field's value, with the placement and birthdays read out into plain objects. */
function read(s: Plain): Plain {
  const out: Plain = {};
  for (const f of FIELDS) out[f] = s[f];
  const p = s['placement'] as ClockState['placement'];
  out['placement'] = p === undefined ? undefined
    : { start: p.start, place: p.place, longTerm: p.longTerm, ltfConsent: p.ltfConsent, temporaryApproval: p.temporaryApproval };
  const b = s['birthdays'] as ClockState['birthdays'];
  out['birthdays'] = b === undefined ? undefined : { b14: b.b14, b16: b.b16, b18: b.b18 };
  return out;
}

const day = fc.integer({ min: -40_000, max: 120_000 });
const maybeDay = fc.option(day, { nil: undefined });
const worker = fc.option(fc.constantFrom('SW1', 'SW2', 'AG7'), { nil: undefined });
/** A value of the field's type for each field (placement and birthdays as the objects the rules assign). */
const VALUES: Record<string, fc.Arbitrary<unknown>> = {
  lastEventDay: maybeDay, dob: maybeDay, lastStrategyDay: maybeDay, privateFosteringFrom: maybeDay, waitStart: maybeDay,
  cpStart: maybeDay, proceedingsIssued: maybeDay, turned18: maybeDay, camhsReferred: maybeDay,
  qualifyingDays: fc.integer({ min: 0, max: 5000 }), openCount: fc.integer({ min: 0, max: 4 }),
  openBits: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), rcpcDecided: fc.nat(50), placementCount: fc.nat(50), workerCount: fc.nat(3),
  placementYear: fc.integer({ min: -2, max: 40 }), workerYear: fc.integer({ min: -2, max: 40 }), missingEndedYear: fc.integer({ min: -2, max: 40 }),
  legalStatus: fc.option(fc.constantFrom(...LEGAL_STATUSES), { nil: undefined }),
  worker, firstWorker: worker, secondWorker: worker,
  placement: fc.option(fc.record({
    start: day, place: fc.constantFrom(...PLACEMENT_TYPES), longTerm: fc.boolean(), ltfConsent: fc.boolean(), temporaryApproval: fc.boolean(),
  }), { nil: undefined }),
  birthdays: fc.option(fc.record({ b14: day, b16: day, b18: day }), { nil: undefined }),
};
for (const f of ['eligibleFound', 'lookedAfter', 'reviewHeldInPeriod', 'adoptionReviewHeld', 'pathwayPlanMade', 'caseOpen', 'everAllocated',
  'rcpcLate', 'inCare', 'inCountedPlacement', 'fostered', 'privatelyFostered']) VALUES[f] = fc.boolean();
for (let i = 0; i < 4; i++) for (const part of ['rule', 'start', 'due']) VALUES[`${part}${i}`] = fc.integer({ min: 0, max: 120_000 });

const ROWS = 3;
const op = fc.oneof(
  fc.record({ kind: fc.constant('claim' as const), row: fc.nat(ROWS - 1) }),
  fc.record({ kind: fc.constant('release' as const), row: fc.nat(ROWS - 1) }),
  fc.record({ kind: fc.constant('approve' as const), row: fc.nat(ROWS - 1), value: fc.boolean() }),
  fc.constantFrom(...Object.keys(VALUES)).chain((field) =>
    fc.record({ kind: fc.constant('set' as const), row: fc.nat(ROWS - 1), field: fc.constant(field), value: VALUES[field] as fc.Arbitrary<unknown> })),
);

describe(`the projection's rows (seed: ${FC_SEED})`, () => {
  test.prop([fc.array(op, { minLength: 40, maxLength: 120, size: 'max' })])('read back, row by row, what an object per child would hold', (ops) => {
    const rows = new ChildRows();
    const objects = new Map<number, Plain>();
    for (const o of ops) {
      const held = objects.get(o.row);
      if (o.kind === 'claim') {
        if (held !== undefined) continue;
        rows.claim(o.row, childId(`C${o.row}`));
        objects.set(o.row, fresh(childId(`C${o.row}`)));
      } else if (held === undefined) {
        continue;
      } else if (o.kind === 'release') {
        rows.release(o.row, false);
        objects.delete(o.row);
      } else {
        rows.moveTo(o.row);
        const cursor = rows as unknown as Plain;
        if (o.kind === 'set') {
          cursor[o.field] = o.value;
          held[o.field] = o.value === undefined || typeof o.value !== 'object' ? o.value : { ...o.value };
        } else {
          const placement = rows.placement;
          const own = held['placement'] as { temporaryApproval: boolean } | undefined;
          if (placement === undefined || own === undefined) continue;
          placement.temporaryApproval = o.value;
          own.temporaryApproval = o.value;
        }
      }
      for (const [row, object] of objects) {
        rows.moveTo(row);
        expect(rows.child).toBe(object['child']);
        expect(read(rows as unknown as Plain)).toEqual(read(object));
      }
    }
    expect(rows.live).toBe(objects.size);
  });
});

describe("the projection's rows", () => {
  it('give a released row to its next child as fresh as a new one, extra clocks included', () => {
    const rows = new ChildRows();
    rows.claim(3, childId('C1'));
    const s: ChildState = rows;
    s.caseOpen = true;
    s.cpStart = 20_000 as SimDay;
    s.worker = 'SW1' as WorkerId;
    s.clocks.legalStatus = 'C2';
    for (let i = 0; i < 6; i++) {
      s.clocks.openCount = i;
      // setClock's way of writing clock i, as the evaluator does (ClockState more past the fourth).
      if (i >= 4) (s.clocks.more ??= []).push(i, 20_000 + i, 20_010 + i);
    }
    rows.release(3, false);
    rows.claim(3, childId('C2'));
    expect(read(rows as unknown as Plain)).toEqual(read(fresh(childId('C2'))));
    expect(rows.holder(3)).toBe('C2');
  });

  it('find each live row once, in row order, and count them', () => {
    const rows = new ChildRows();
    for (const row of [5, 0, 2000, 7]) rows.claim(row, childId(`C${row}`));
    rows.release(7, false);
    const seen: string[] = [];
    rows.visitLive((s) => seen.push(s.child));
    expect(seen).toEqual(['C0', 'C5', 'C2000']);
    expect(rows.live).toBe(3);
    expect(rows.holder(7)).toBeUndefined();
    expect(rows.holder(1_000_000)).toBeUndefined();
  });

  it('give rows out again by id once released for reuse', () => {
    const rows = new ChildRows();
    const a = rows.claimFree(childId('A'));
    const b = rows.claimFree(childId('B'));
    rows.release(a, true);
    expect(rows.claimFree(childId('C'))).toBe(a);
    expect(rows.claimFree(childId('D'))).toBe(b + 1);
  });

  it('keep clocks past the fourth apart for each row', () => {
    const rows = new ChildRows();
    for (const row of [0, 1]) {
      rows.claim(row, childId(`C${row}`));
      const clocks = rows.clocks;
      clocks.more = [10 + row, 100, 200 + row];
      clocks.openCount = 5;
    }
    rows.moveTo(0);
    expect([clockRule(rows, 4), clockDue(rows, 4)]).toEqual([10, 200]);
    rows.moveTo(1);
    expect([clockRule(rows, 4), clockDue(rows, 4)]).toEqual([11, 201]);
  });

  it('refuse a legal status or placement type outside the SSDA903 lists, naming it', () => {
    const rows = new ChildRows();
    rows.claim(0, childId('C0'));
    expect(() => { rows.legalStatus = 'X9' as never; }).toThrow(/unknown legal status "X9"/);
    expect(() => {
      rows.placement = { start: 1 as SimDay, place: 'Q1' as never, longTerm: false, ltfConsent: false, temporaryApproval: false };
    }).toThrow(/unknown placement type "Q1"/);
  });
});
