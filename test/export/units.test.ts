import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { simDayOf } from '../../src/domain/index.ts';
import { collectionYear, placementCodes, upnCheckLetter } from '../../src/export/index.ts';
import { toCsv } from '../../src/export/csv.ts';
import { formatDmy } from '../../src/export/dates.ts';
import { cinSex, hasSwEpisodes, sex903 } from '../../src/export/collection-year.ts';
import { assignIdentities, swId } from '../../src/export/identifiers.ts';
import type { ChildId, WorkerId } from '../../src/domain/index.ts';
import { FC_SEED } from '../support/seed.ts';

describe('collection years and their code lists', () => {
  it('runs from 1 April to 31 March and is named by the year it ends in', () => {
    const cy = collectionYear(2024);
    expect([formatDmy(cy.start), formatDmy(cy.end), cy.label]).toEqual(['01/04/2023', '31/03/2024', '2023/24']);
  });

  it('writes SEX 1/2 up to 2023/24 and M/F/U from 2024/25, and CIN GenderCurrent becomes Sex', () => {
    expect([sex903('M', collectionYear(2024)), sex903('F', collectionYear(2024)), sex903('U', collectionYear(2024))]).toEqual(['1', '2', undefined]);
    expect([sex903('M', collectionYear(2025)), sex903('U', collectionYear(2025))]).toEqual(['M', 'U']);
    expect([cinSex('F', collectionYear(2024)), cinSex('F', collectionYear(2025))]).toEqual([{ element: 'GenderCurrent', code: '2' }, { element: 'Sex', code: 'F' }]);
  });

  it('drops H5, P2 and Z1 and adds K3 and Z11–Z14 in 2025/26 (rule 146)', () => {
    const before = placementCodes(collectionYear(2025));
    const after = placementCodes(collectionYear(2026));
    expect(before.filter((c) => !after.includes(c))).toEqual(['H5', 'P2', 'Z1']);
    expect(after.filter((c) => !before.includes(c))).toEqual(['K3', 'Z11', 'Z12', 'Z13', 'Z14']);
  });

  it('collects social worker episodes from 2023/24', () => {
    expect([hasSwEpisodes(collectionYear(2023)), hasSwEpisodes(collectionYear(2024))]).toEqual([false, true]);
  });
});

describe(`identifiers (fc seed: ${FC_SEED})`, () => {
  test.prop([fc.stringMatching(/^\d{12}$/), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 })])(
    'a UPN check letter changes when any one digit changes', (body, position, delta) => {
      const digit = (Number(body[position]) + delta) % 10;
      const changed = `${body.slice(0, position)}${digit}${body.slice(position + 1)}`;
      expect(upnCheckLetter(changed)).not.toBe(upnCheckLetter(body));
    },
  );

  test.prop([fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/), { minLength: 1, maxLength: 200 })])(
    'every child gets a unique alphanumeric LAchildID of at most 20 characters and a unique UPN with a valid check letter', (ids) => {
      const identities = assignIdentities(ids as ChildId[], '201');
      const laIds = [...identities.values()].map((i) => i.laChildId);
      const upns = [...identities.values()].map((i) => i.upn);
      expect(new Set(laIds).size).toBe(ids.length);
      expect(new Set(upns).size).toBe(ids.length);
      for (const id of laIds) expect(id).toMatch(/^[A-Za-z0-9]{1,20}$/);
      for (const upn of upns) expect(upn[0]).toBe(upnCheckLetter(upn.slice(1)));
    },
  );

  it('derives identifiers from the child id alone: C451 keeps its number in the UPN', () => {
    const upn = assignIdentities(['C451' as ChildId], '201').get('C451' as ChildId)?.upn;
    expect(upn?.slice(1)).toBe('201000000451');
  });

  it('gives every SW_ID the SW or XX prefix the return requires (rule SW02STG1)', () => {
    expect([swId('SW00010' as WorkerId), swId('XA00023' as WorkerId)]).toEqual(['SW00010', 'SWXA00023']);
  });
});

describe('csv', () => {
  it('writes the header row even for an empty table, and quotes only cells that need it', () => {
    expect(toCsv(['CHILD', 'DOB'], [])).toBe('CHILD,DOB\n');
    expect(toCsv(['A'], [['x,y'], ['say "hi"']])).toBe('A\n"x,y"\n"say ""hi"""\n');
  });

  it('writes dates dd/mm/YYYY', () => {
    expect(formatDmy(simDayOf('2024-03-05'))).toBe('05/03/2024');
  });
});
