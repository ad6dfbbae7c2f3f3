/**
 * SSDA903 rules on the tables other than Episodes (903_2024_25_rule_info.csv), written from the
 * rule messages. Each check names its rule code.
 */
import {
  ACCOMMODATION_CODES, ACTIVITY_CODES, ETHNICITIES, IN_TOUCH_CODES, SW_REASONS, addYearsSafe, type SimDay,
} from './rule-support.ts';
import { upnCheckLetter, type CollectionYear } from '../../../src/export/index.ts';
import { ageOn, groupByChild } from './rules-903-episodes.ts';
import { dmy, type Record903 } from './parse.ts';
import type { Violations } from './violation.ts';

export type Tables903 = Readonly<Record<string, readonly Record903[]>>;

const inYear = (cy: CollectionYear, d: SimDay | undefined): boolean => d !== undefined && d >= cy.start && d <= cy.end;

/** Header, identity and internal-consistency rules (101–103, 168, 202–208, 301, INT01–INT36). */
export function checkHeader(v: Violations, cy: CollectionYear, t: Tables903, last: Tables903 | undefined, laCode: string): Map<string, SimDay> {
  const dobs = new Map<string, SimDay>();
  const header = t['Header'] ?? [];
  const lastHeader = new Map((last?.['Header'] ?? []).map((r) => [r['CHILD'] ?? '', r]));
  for (const h of header) {
    const child = h['CHILD'] ?? '';
    v.check(!dobs.has(child), 'INT32', child, 'child twice in Header');
    const dob = dmy(h['DOB']);
    v.check(dob !== undefined && !Number.isNaN(dob), '102', child, `DOB ${h['DOB']}`);
    if (dob !== undefined) dobs.set(child, dob);
    v.check(dob === undefined || dob <= cy.end, '301', child, 'born after the year ended');
    v.check((cy.year >= 2025 ? ['M', 'F', 'U'] : ['1', '2']).includes(h['SEX'] ?? ''), '101', child, `SEX ${h['SEX']} in ${cy.label}`);
    v.check((ETHNICITIES as readonly string[]).includes(h['ETHNIC'] ?? ''), '103', child, `ETHNIC ${h['ETHNIC']}`);
    const upn = h['UPN'] ?? '';
    v.check(/^[A-Z]\d{12}$/.test(upn) && upn[0] === upnCheckLetter(upn.slice(1)) && upn.slice(1, 4) === laCode, '168', child, `UPN ${upn}`);
    v.check(['', '0', '1'].includes(h['MOTHER'] ?? ''), '165', child, `MOTHER ${h['MOTHER']}`);
    const before = lastHeader.get(child);
    if (before !== undefined) {
      v.check(cy.year === 2025 || before['SEX'] === h['SEX'], '202', child, `SEX ${before['SEX']} last year, ${h['SEX']} now`);
      v.check(before['DOB'] === h['DOB'], '203', child, 'DOB changed since last year');
      v.check(before['ETHNIC'] === h['ETHNIC'], '204', child, 'ETHNIC changed since last year');
      v.check(before['UPN'] === h['UPN'], '208', child, 'UPN changed since last year');
    }
  }
  const codes: Record<string, [string, string, string]> = {
    AD1: ['INT01', 'INT11', 'INT31'], PlacedAdoption: ['INT02', 'INT12', ''], Missing: ['INT04', 'INT13', ''], OC2: ['INT05', 'INT14', 'INT33'],
    OC3: ['INT06', 'INT15', 'INT34'], PrevPerm: ['INT07', 'INT16', 'INT35'], Reviews: ['INT08', 'INT17', ''], UASC: ['INT09', 'INT18', 'INT36'],
  };
  for (const [table, [exists, sameDob, once]] of Object.entries(codes)) {
    const seen = new Set<string>();
    for (const r of t[table] ?? []) {
      const child = r['CHILD'] ?? '';
      v.check(dobs.has(child), exists, child, `${table} child not in Header`);
      v.check(dobs.get(child) === dmy(r['DOB']), sameDob, child, `${table} DOB differs from Header`);
      if (once !== '') v.check(!seen.has(child), once, child, `child twice in ${table}`);
      seen.add(child);
    }
  }
  return dobs;
}

/** Reviews (166, 167, 440, 441) and Missing (1004–1006, 564–578, 586). */
export function checkReviewsAndMissing(v: Violations, cy: CollectionYear, t: Tables903, dobs: ReadonlyMap<string, SimDay>): void {
  for (const r of t['Reviews'] ?? []) {
    const child = r['CHILD'] ?? '';
    const day = dmy(r['REVIEW']);
    v.check(day !== undefined && !Number.isNaN(day), '166', child, `REVIEW ${r['REVIEW']}`);
    v.check(/^PN[0-7]$/.test(r['REVIEW_CODE'] ?? ''), '167', child, `REVIEW_CODE ${r['REVIEW_CODE']}`);
    const dob = dobs.get(child);
    if (dob === undefined || day === undefined) continue;
    const under4 = ageOn(dob, day) < 4;
    v.check(!(r['REVIEW_CODE'] === 'PN0' && !under4), '440', child, `PN0 at age ${ageOn(dob, day)}`);
    v.check(!(r['REVIEW_CODE'] !== 'PN0' && under4), '441', child, `${r['REVIEW_CODE']} under 4`);
  }
  const episodes = groupByChild(t['Episodes'] ?? []);
  for (const [child, spells] of groupByChild(t['Missing'] ?? [])) {
    const sorted = [...spells].sort((a, b) => (dmy(a['MIS_START']) ?? 0) - (dmy(b['MIS_START']) ?? 0));
    const eps = episodes.get(child) ?? [];
    const firstCare = Math.min(...eps.map((e) => dmy(e['DECOM']) ?? Infinity));
    sorted.forEach((m, i) => {
      const start = dmy(m['MIS_START']);
      const end = dmy(m['MIS_END']);
      v.check(start !== undefined && !Number.isNaN(start), '1004', child, `MIS_START ${m['MIS_START']}`);
      v.check(end === undefined || !Number.isNaN(end), '1005', child, `MIS_END ${m['MIS_END']}`);
      v.check(['M', 'A'].includes(m['MISSING'] ?? ''), '1006', child, `MISSING ${m['MISSING']}`);
      if (start === undefined) return;
      v.check(end === undefined || end >= start, '567', child, 'missing ends before it starts');
      v.check(start <= cy.end, '570', child, 'missing starts after the year');
      v.check(end === undefined || inYear(cy, end), '571', child, `missing ends ${m['MIS_END']}, outside the year`);
      const next = sorted[i + 1];
      if (next !== undefined) v.check(end !== undefined && end <= (dmy(next['MIS_START']) ?? 0), '574', child, 'missing periods overlap');
      const dob = dobs.get(child);
      v.check(dob === undefined || start >= dob, '586', child, 'missing before birth');
      v.check(start >= firstCare, '581', child, 'missing before looked after');
      const ceased = eps.find((e) => e['REC'] !== 'X1' && e['REC'] !== '' && (dmy(e['DEC']) ?? 0) >= start);
      if (ceased !== undefined) {
        v.check(end !== undefined, '577', child, `care ceased ${ceased['DEC']} with missing open`);
        v.check(ceased['REC'] === 'E8' || end === undefined || end <= (dmy(ceased['DEC']) ?? 0), '580', child, 'missing when care ceased');
      }
    });
  }
}

/** OC2 (157, 181–198, 542–547), OC3 (131–133, 153, 345, 391, 3001) and PrevPerm (630, 631, 635). */
export function checkOutcomes(v: Violations, cy: CollectionYear, t: Tables903, dobs: ReadonlyMap<string, SimDay>): void {
  const episodes = groupByChild(t['Episodes'] ?? []);
  const oc2 = new Map((t['OC2'] ?? []).map((r) => [r['CHILD'] ?? '', r]));
  for (const [child, eps] of episodes) {
    // Continuously looked after for 12 months (lac_validator/utils.py): no start or end of care in the year.
    const continuous = !eps.some((e) => (e['RNE'] === 'S' && inYear(cy, dmy(e['DECOM']))) || (e['REC'] !== 'X1' && e['REC'] !== ''))
      && eps.some((e) => e['DEC'] === '') && !eps.some((e) => ['V3', 'V4'].includes(e['LS'] ?? ''));
    const row = oc2.get(child);
    v.check(continuous === (row !== undefined), continuous ? '191' : '190', child, continuous ? 'no OC2 row for a child looked after 12 months' : 'OC2 row for a child not looked after 12 months');
    const dob = dobs.get(child);
    if (row === undefined || dob === undefined) continue;
    const startAge = ageOn(dob, cy.start);
    const endAge = ageOn(dob, cy.end);
    const items = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'].map((k) => row[k] ?? '');
    v.check(items.every((x) => x === '0' || x === '1'), '182', child, `health items ${items.join(',')}`);
    for (const k of ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE']) {
      v.check(['', '0', '1'].includes(row[k] ?? ''), '181', child, `${k} ${row[k]}`);
    }
    const sdq = (row['SDQ_SCORE'] ?? '') !== '' || (row['SDQ_REASON'] ?? '') !== '';
    if (startAge >= 4 && endAge < 17) v.check(sdq, '186', child, 'no SDQ score or reason aged 4–16');
    v.check(!(endAge < 4 && sdq), '188', child, 'SDQ under 4');
    v.check(!(startAge >= 17 && sdq), '189', child, 'SDQ aged 17');
    v.check(!(row['SDQ_REASON'] === 'SDQ1' && startAge >= 4 && endAge <= 16), '157', child, 'SDQ1 for a child aged 4–16');
    v.check(['', 'SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'].includes(row['SDQ_REASON'] ?? ''), '196', child, `SDQ_REASON ${row['SDQ_REASON']}`);
    v.check(endAge >= 10 || row['CONVICTED'] === '', '542', child, 'conviction item under 10');
    v.check(endAge < 10 || row['CONVICTED'] !== '', '543', child, 'no conviction item at 10+');
    v.check(endAge >= 5 || row['HEALTH_CHECK'] !== '', '545', child, 'no health check under 5');
    v.check(endAge < 5 || row['HEALTH_CHECK'] === '', '546', child, 'health check at 5+');
    v.check(row['SUBSTANCE_MISUSE'] !== '0' || (row['INTERVENTION_RECEIVED'] === '' && row['INTERVENTION_OFFERED'] === ''), '193', child, 'intervention without misuse');
  }
  for (const r of t['OC3'] ?? []) {
    const child = r['CHILD'] ?? '';
    v.check((IN_TOUCH_CODES as readonly string[]).includes(r['IN_TOUCH'] ?? ''), '131', child, `IN_TOUCH ${r['IN_TOUCH']}`);
    v.check((ACTIVITY_CODES as readonly string[]).includes(r['ACTIV'] ?? ''), '132', child, `ACTIV ${r['ACTIV']}`);
    v.check((ACCOMMODATION_CODES as readonly string[]).includes(r['ACCOM'] ?? ''), '133', child, `ACCOM ${r['ACCOM']}`);
    v.check(!(r['IN_TOUCH'] === 'YES' && (r['ACTIV'] === '0' || r['ACCOM'] === '0')), '345', child, 'in touch but activity or accommodation 0');
    const dob = dobs.get(child);
    if (dob === undefined) continue;
    const ages = [ageOn(dob, cy.start), ageOn(dob, cy.end)];
    v.check(ages.some((a) => a >= 17 && a <= 21), '391', child, `aged ${ages.join('–')} in the year`);
    const turned17 = addYearsSafe(dob, 17);
    v.check(!(inYear(cy, turned17) && /^Z/.test(r['ACCOM'] ?? '')), '3001', child, 'with former foster carers around the 17th birthday');
    v.check(!oc2.has(child), '215', child, 'OC3 and OC2 for the same child');
  }
  const perm = groupByChild(t['PrevPerm'] ?? []);
  for (const [child, eps] of episodes) {
    const started = eps.some((e) => e['RNE'] === 'S' && inYear(cy, dmy(e['DECOM'])));
    if (started) v.check(perm.has(child), '630', child, 'started to be looked after without PrevPerm');
  }
  for (const r of t['PrevPerm'] ?? []) {
    const child = r['CHILD'] ?? '';
    v.check(['P1', 'P2', 'P3', 'P4', 'Z1'].includes(r['PREV_PERM'] ?? ''), '631', child, `PREV_PERM ${r['PREV_PERM']}`);
    v.check(r['PREV_PERM'] !== 'Z1' || (r['DATE_PERM'] === '' && r['LA_PERM'] === ''), '635', child, 'Z1 with a date or LA');
  }
}

/** SWEpisodes (SW01–SW16), with last year's open episode for SW16. */
export function checkSwEpisodes(v: Violations, cy: CollectionYear, t: Tables903, last: Tables903 | undefined): void {
  const sw = groupByChild(t['SWEpisodes'] ?? []);
  for (const [child, eps] of groupByChild(t['Episodes'] ?? [])) {
    const cla = eps.some((e) => e['DEC'] === '' && !['V3', 'V4'].includes(e['LS'] ?? ''));
    if (cla) v.check(sw.has(child), 'SW01STG1', child, 'looked after on 31 March with no SW episode');
  }
  const lastSw = groupByChild(last?.['SWEpisodes'] ?? []);
  for (const [child, rows] of sw) {
    const sorted = [...rows].sort((a, b) => (dmy(a['SW_DECOM']) ?? 0) - (dmy(b['SW_DECOM']) ?? 0));
    sorted.forEach((r, i) => {
      const start = dmy(r['SW_DECOM']);
      const end = dmy(r['SW_DEC']);
      v.check(/^(SW|XX)/.test(r['SW_ID'] ?? ''), 'SW02STG1', child, `SW_ID ${r['SW_ID']}`);
      v.check((r['SW_ID'] ?? '') !== '' && start !== undefined && (r['SW_REASON'] ?? '') !== '', 'SW03STG1', child, 'incomplete SW episode');
      v.check(start !== undefined && !Number.isNaN(start), 'SW04STG1', child, `SW_DECOM ${r['SW_DECOM']}`);
      v.check((SW_REASONS as readonly string[]).includes(r['SW_REASON'] ?? ''), 'SW13STG1', child, `SW_REASON ${r['SW_REASON']}`);
      if (start === undefined) return;
      v.check(start <= cy.end, 'SW06STG2', child, 'SW episode starts after the year');
      v.check(end === undefined || inYear(cy, end), 'SW07STG2', child, `SW_DEC ${r['SW_DEC']} outside the year`);
      v.check(end === undefined || end !== start, 'SW09STG2', child, 'SW episode under 24 hours');
      const next = sorted[i + 1];
      if (next !== undefined) {
        v.check(end !== undefined, 'SW108STG2', child, 'a new SW episode while the previous is open');
        v.check(end === undefined || (dmy(next['SW_DECOM']) ?? 0) >= end, 'SW10STG2', child, 'SW episodes overlap');
        v.check(end === undefined || dmy(next['SW_DECOM']) === end, 'SW11STG2', child, `gap after SW episode ending ${r['SW_DEC']}`);
      } else {
        v.check(end === undefined, 'SW11STG2', child, `last SW episode ended ${r['SW_DEC']} before 31 March`);
      }
    });
    const lastOpen = (lastSw.get(child) ?? []).find((r) => r['SW_DEC'] === '');
    const first = sorted[0];
    if (lastOpen !== undefined && first !== undefined) {
      v.check(lastOpen['SW_REASON'] === first['SW_REASON'], 'SW16aSTG2', child, 'reason differs from last year\'s open SW episode');
      v.check(lastOpen['SW_DECOM'] === first['SW_DECOM'], 'SW16bSTG2', child, 'start differs from last year\'s open SW episode');
      v.check(lastOpen['SW_ID'] === first['SW_ID'], 'SW16cSTG2', child, 'worker differs from last year\'s open SW episode');
    }
  }
}
