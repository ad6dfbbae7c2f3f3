/** SSDA903 adoption rules (AD1, PlacedAdoption), written from the rule messages. */
import type { CollectionYear } from '../../../src/export/index.ts';
import { groupByChild } from './rules-903-episodes.ts';
import { dmy, type Record903 } from './parse.ts';
import type { Tables903 } from './rules-903-tables.ts';
import type { Violations } from './violation.ts';

const ADOPTION = ['A3', 'A4', 'A5', 'A6'];

export function checkAdoption(v: Violations, cy: CollectionYear, t: Tables903): void {
  const episodes = groupByChild(t['Episodes'] ?? []);
  const ad1 = new Map((t['AD1'] ?? []).map((r) => [r['CHILD'] ?? '', r]));
  const placed = groupByChild(t['PlacedAdoption'] ?? []);
  for (const [child, eps] of episodes) {
    const adopted = eps.find((e) => ['E11', 'E12'].includes(e['REC'] ?? ''));
    v.check((adopted !== undefined) === ad1.has(child), adopted === undefined ? '602' : '601', child, 'AD1 and adoption in Episodes disagree');
    const row = ad1.get(child);
    if (adopted !== undefined && row !== undefined) {
      const placedEp = eps.filter((e) => ADOPTION.includes(e['PLACE'] ?? '')).map((e) => dmy(e['DECOM']) ?? 0);
      const placedDay = placedEp.length === 0 ? undefined : Math.min(...placedEp);
      const dateInt = dmy(row['DATE_INT']);
      const dateMatch = dmy(row['DATE_MATCH']);
      const items = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'].map((k) => row[k] ?? '');
      v.check(items.every((x) => x !== '') || items.every((x) => x === ''), '151', child, `AD1 items ${items.join(',')}`);
      v.check(['0', '1'].includes(row['FOSTER_CARE'] ?? ''), '114', child, `FOSTER_CARE ${row['FOSTER_CARE']}`);
      v.check(['1', '2'].includes(row['NB_ADOPTR'] ?? ''), '175', child, `NB_ADOPTR ${row['NB_ADOPTR']}`);
      v.check(['M1', 'F1', 'MM', 'FF', 'MF'].includes(row['SEX_ADOPTR'] ?? ''), '176', child, `SEX_ADOPTR ${row['SEX_ADOPTR']}`);
      v.check(['L0', 'L11', 'L12', 'L2', 'L3', 'L4'].includes(row['LS_ADOPTR'] ?? ''), '177', child, `LS_ADOPTR ${row['LS_ADOPTR']}`);
      v.check(row['NB_ADOPTR'] !== '2' || ['MM', 'FF', 'MF'].includes(row['SEX_ADOPTR'] ?? ''), '511', child, 'two adopters not a couple');
      v.check(!(row['LS_ADOPTR'] === 'L0' && row['NB_ADOPTR'] === '2'), '514', child, 'single adopter status for a couple');
      v.check(row['LS_ADOPTR'] !== 'L3' || row['SEX_ADOPTR'] === 'MF', '517', child, 'L3 not MF');
      v.check(row['LS_ADOPTR'] !== 'L4' || ['MM', 'FF'].includes(row['SEX_ADOPTR'] ?? ''), '518', child, 'L4 not MM/FF');
      v.check(row['LS_ADOPTR'] !== 'L11' || row['SEX_ADOPTR'] === 'MF', '520', child, 'L11 not MF');
      v.check(row['LS_ADOPTR'] !== 'L12' || ['MM', 'FF'].includes(row['SEX_ADOPTR'] ?? ''), '524', child, 'L12 not MM/FF');
      if (dateMatch !== undefined && placedDay !== undefined) v.check(dateMatch <= placedDay, '331', child, 'matched after placed');
      if (dateInt !== undefined && dateMatch !== undefined) v.check(dateInt <= dateMatch, '333', child, 'decision after matching');
      if (dateInt !== undefined && placedDay !== undefined) v.check(dateInt <= placedDay, '521', child, 'decision after placement for adoption');
      const start = eps.filter((e) => e['RNE'] === 'S').map((e) => dmy(e['DECOM']) ?? 0).filter((d) => dateInt === undefined || d <= dateInt);
      if (dateInt !== undefined && eps.some((e) => e['RNE'] === 'S')) v.check(start.length > 0, '334', child, 'decision before care started');
      const foster = eps.some((e) => ['A3', 'A5'].includes(e['PLACE'] ?? ''));
      v.check((row['FOSTER_CARE'] === '1') === foster, '335', child, `FOSTER_CARE ${row['FOSTER_CARE']} with placements ${eps.map((e) => e['PLACE']).join(',')}`);
      const decisions = (placed.get(child) ?? []).map((p) => p['DATE_PLACED']);
      v.check(decisions.includes(row['DATE_INT']), '523', child, `DATE_INT ${row['DATE_INT']} not a PlacedAdoption DATE_PLACED`);
    }
    const decisions = placed.get(child) ?? [];
    const ceased = eps.find((e) => e['REC'] !== 'X1' && e['REC'] !== '');
    const firstStart = Math.min(...eps.map((e) => dmy(e['DECOM']) ?? Infinity));
    for (const p of decisions as Record903[]) {
      const decided = dmy(p['DATE_PLACED']);
      const stopped = dmy(p['DATE_PLACED_CEASED']);
      v.check(decided !== undefined && !Number.isNaN(decided), '115', child, `DATE_PLACED ${p['DATE_PLACED']}`);
      v.check((stopped === undefined) === ((p['REASON_PLACED_CEASED'] ?? '') === ''), '119', child, 'reversal date and reason not together');
      v.check(['', 'RD1', 'RD2', 'RD3', 'RD4'].includes(p['REASON_PLACED_CEASED'] ?? ''), '120', child, `reason ${p['REASON_PLACED_CEASED']}`);
      if (decided === undefined) continue;
      v.check(decided <= cy.end, '117', child, 'decision after the year');
      if (stopped !== undefined) {
        v.check(stopped >= cy.start && stopped <= cy.end && stopped >= firstStart, '118', child, 'reversal outside the year or before care');
        v.check(decided <= stopped, '522', child, 'reversed before decided');
      }
      if (ceased !== undefined && !['E11', 'E12'].includes(ceased['REC'] ?? '') && decided <= (dmy(ceased['DEC']) ?? 0)) {
        v.check(stopped !== undefined, '557', child, 'left care not adopted with the adoption decision open');
      }
      if (adopted !== undefined) v.check(stopped === undefined || stopped < decided, '558', child, 'adopted but decision reversed');
    }
    if (eps.some((e) => ADOPTION.includes(e['PLACE'] ?? ''))) v.check(decisions.length > 0, '551', child, 'placed for adoption with no decision');
    if (eps.some((e) => e['LS'] === 'E1')) v.check(decisions.length > 0, '553', child, 'placement order with no decision');
  }
}
