/**
 * SSDA903 Episodes rules (903_2024_25_rule_info.csv), written from the rule messages as checks on
 * the exported tables. Each check names its rule code.
 */
import { addYears } from '../../../src/calendar/index.ts';
import {
  EPISODE_END_REASONS, LEGAL_STATUSES, PLACE_CHANGE_REASONS, PLACEMENT_PROVIDERS, simDayFromParts, type SimDay,
} from '../../../src/domain/index.ts';
import { placementCodes, type CollectionYear } from '../../../src/export/index.ts';
import { dmy, type Record903 } from './parse.ts';
import type { Violations } from './violation.ts';

const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];
const ADOPTION = ['A3', 'A4', 'A5', 'A6'];

export function groupByChild(rows: readonly Record903[]): Map<string, Record903[]> {
  const map = new Map<string, Record903[]>();
  for (const r of rows) {
    const child = r['CHILD'] ?? '';
    const list = map.get(child);
    if (list === undefined) map.set(child, [r]);
    else list.push(r);
  }
  return map;
}

export const ageOn = (dob: SimDay, day: SimDay): number => {
  let age = 0;
  while (addYears(dob, age + 1) <= day) age += 1;
  return age;
};

/** Checks the Episodes table of one year, with last year's for continuity (rules 502, 503). */
export function checkEpisodes(
  v: Violations, cy: CollectionYear, episodes: readonly Record903[], dobs: ReadonlyMap<string, SimDay>, last: readonly Record903[] | undefined,
): void {
  const places = placementCodes(cy) as readonly string[];
  const lastByChild = last === undefined ? undefined : groupByChild(last);
  for (const [child, rows] of groupByChild(episodes)) {
    const dob = dobs.get(child);
    v.check(dob !== undefined, 'INT03', child, 'child in Episodes is not in Header');
    const eps = [...rows].sort((a, b) => (dmy(a['DECOM']) ?? 0) - (dmy(b['DECOM']) ?? 0));
    eps.forEach((e, i) => {
      const decom = dmy(e['DECOM']);
      const dec = dmy(e['DEC']);
      const at = `episode ${e['DECOM']}`;
      v.check(decom !== undefined && !Number.isNaN(decom), '141', child, `${at}: DECOM not a valid date`);
      v.check(['S', 'L', 'P', 'T', 'B', 'U'].includes(e['RNE'] ?? ''), '143', child, `${at}: RNE ${e['RNE']}`);
      v.check((LEGAL_STATUSES as readonly string[]).includes(e['LS'] ?? ''), '144', child, `${at}: LS ${e['LS']}`);
      v.check(/^N[1-8]$/.test(e['CIN'] ?? ''), '145', child, `${at}: CIN ${e['CIN']}`);
      v.check(places.includes(e['PLACE'] ?? ''), '146', child, `${at}: PLACE ${e['PLACE']} not valid in ${cy.label}`);
      v.check(dec === undefined || !Number.isNaN(dec), '147', child, `${at}: DEC not a valid date`);
      v.check((dec === undefined) === ((e['REC'] ?? '') === ''), '148', child, `${at}: DEC ${e['DEC']} with REC ${e['REC']}`);
      v.check(e['REC'] === '' || (EPISODE_END_REASONS as readonly string[]).includes(e['REC'] ?? ''), '149', child, `${at}: REC ${e['REC']}`);
      const provider = e['PLACE_PROVIDER'] ?? '';
      const noProvider = cy.year >= 2026 && ['T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'].includes(e['PLACE'] ?? '');
      v.check(noProvider ? provider === '' : (PLACEMENT_PROVIDERS as readonly string[]).includes(provider), '178', child, `${at}: PLACE_PROVIDER ${provider}`);
      const place = e['PLACE'] ?? '';
      v.check(!(['PR1', 'PR2'].includes(provider) && ['P1', 'R2', 'R5'].includes(place)), provider === 'PR1' ? '527' : '528', child, `${at}: ${provider} with ${place}`);
      v.check(!(provider === 'PR3' && ['P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'].includes(place)), '529', child, `${at}: PR3 with ${place}`);
      v.check(!(['PR4', 'PR5'].includes(provider) && place === 'P1'), provider === 'PR4' ? '530' : '531', child, `${at}: ${provider} with P1`);
      v.check(!(provider === 'PR0' && place !== 'P1'), '550', child, `${at}: PR0 with ${place}`);
      v.check(e['REASON_PLACE_CHANGE'] === '' || (PLACE_CHANGE_REASONS as readonly string[]).includes(e['REASON_PLACE_CHANGE'] ?? ''), '1009', child, `${at}: reason ${e['REASON_PLACE_CHANGE']}`);
      if (decom === undefined) return;
      v.check(dec === undefined || dec <= cy.end, '354', child, `${at}: DEC ${e['DEC']} after the year`);
      v.check(dec === undefined || dec !== decom, '355', child, `${at}: lasted less than 24 hours`);
      v.check(dec === undefined || dec >= decom, '356', child, `${at}: DEC before DECOM`);
      v.check(!(['P', 'T', 'B', 'U'].includes(e['RNE'] ?? '') && !TEMPORARY.includes(place)) || e['REASON_PLACE_CHANGE'] !== '' || decom < simDay2016, '225', child, `${at}: placement changed without a reason`);
      v.check(['P', 'T', 'B', 'U'].includes(e['RNE'] ?? '') || e['REASON_PLACE_CHANGE'] === '', '226', child, `${at}: reason for placement change given for RNE ${e['RNE']}`);
      const days = dec === undefined ? undefined : dec - decom;
      const limits: Record<string, [string, number]> = { L1: ['361', 3], L2: ['362', 21], L3: ['363', 7] };
      const limit = limits[e['LS'] ?? ''];
      if (limit !== undefined) v.check(days === undefined || days <= limit[1], limit[0], child, `${at}: ${e['LS']} lasted ${days} days`);
      if (place === 'T4') v.check(days === undefined || days <= 7, '379', child, `${at}: T4 lasted ${days} days`);
      if (['A5', 'A6'].includes(place)) v.check(['E1', 'D1'].includes(e['LS'] ?? ''), '408', child, `${at}: ${place} under ${e['LS']}`);
      if (dob !== undefined) {
        v.check(decom >= dob, '302', child, `${at}: starts before birth`);
        if (e['RNE'] === 'S') v.check(ageOn(dob, decom) < 18, '352', child, `${at}: started to be looked after aged 18 or over`);
        if (dec !== undefined) {
          const age = ageOn(dob, dec);
          const rec = e['REC'] ?? '';
          v.check(!(['E11', 'E12'].includes(rec) && age >= 18), '386', child, `${at}: adopted aged ${age}`);
          v.check(!(['E5', 'E6'].includes(rec) && age < 14), '387', child, `${at}: independent living aged ${age}`);
          v.check(!(rec === 'E7' && age < 16), '389', child, `${at}: adult services aged ${age}`);
          v.check(!(['E45', 'E46', 'E47', 'E48'].includes(rec) && age >= 18), '407', child, `${at}: SGO aged ${age}`);
          v.check(!(rec === 'E17' && age < 18), '460', child, `${at}: E17 aged ${age}`);
        }
      }
      if (['E45', 'E46'].includes(e['REC'] ?? '')) v.check(/^U[1-6]$/.test(place), '516', child, `${at}: ${e['REC']} from ${place}`);
      const before = eps[i - 1];
      if (before !== undefined) {
        const prevDec = dmy(before['DEC']);
        v.check(prevDec !== undefined, '142', child, `${at}: the previous episode has not ended`);
        if (prevDec === undefined) return;
        v.check(decom >= prevDec, '501', child, `${at}: starts before the previous episode ended`);
        const continuation = before['REC'] === 'X1';
        if (e['RNE'] === 'S') v.check(!(prevDec === decom && continuation), '431', child, `${at}: RNE S but the previous episode ended the same day`);
        v.check(continuation || e['RNE'] === 'S', '432', child, `${at}: care ceased (${before['REC']}) but RNE ${e['RNE']}`);
        if (continuation) v.check(prevDec === decom, '433', child, `${at}: continuation does not start the day the previous ended`);
        v.check(!['E2', 'E15'].includes(before['REC'] ?? ''), '437', child, `${at}: episode after ${before['REC']}`);
        if (continuation) {
          const lsChanged = before['LS'] !== e['LS'];
          if (e['RNE'] === 'L') v.check(lsChanged && before['PLACE'] === e['PLACE'], '434', child, `${at}: RNE L but LS ${before['LS']}→${e['LS']}, PLACE ${before['PLACE']}→${e['PLACE']}`);
          if (['P', 'T'].includes(e['RNE'] ?? '')) v.check(!lsChanged, '435', child, `${at}: RNE ${e['RNE']} but LS changed`);
          if (['B', 'U'].includes(e['RNE'] ?? '')) v.check(lsChanged, '436', child, `${at}: RNE ${e['RNE']} but LS unchanged`);
          v.check(before['CIN'] === e['CIN'], '504', child, `${at}: CIN changed within a period of care`);
          v.check(!TEMPORARY.includes(before['PLACE'] ?? '') || !TEMPORARY.includes(place), '383', child, `${at}: temporary after temporary`);
        }
        if (e['REC'] !== 'X1' && e['REC'] !== '') v.check(!TEMPORARY.includes(place), '381', child, `${at}: care ends in a temporary placement`);
      } else if (lastByChild !== undefined) {
        // 502, 503A–D: this year's first episode continues last year's open one.
        const lastEps = lastByChild.get(child) ?? [];
        const open = lastEps.find((x) => (x['DEC'] ?? '') === '');
        if (open !== undefined) {
          v.check(open['DECOM'] === e['DECOM'], '502', child, `first episode starts ${e['DECOM']}, last year's open one ${open['DECOM']}`);
          for (const [rule, field] of [['503A', 'RNE'], ['503B', 'LS'], ['503C', 'CIN'], ['503D', 'PLACE'], ['503E', 'PLACE_PROVIDER']] as const) {
            v.check(open[field] === e[field], rule, child, `${field} ${e[field]} differs from last year's open episode (${open[field]})`);
          }
        } else if (decom < cy.start) {
          v.check(lastEps.length > 0, 'NoE', child, 'episode from before the year but none in last year\'s file');
        }
      }
      if (e['RNE'] === 'S') v.check(!TEMPORARY.includes(place), '380', child, `${at}: care starts in a temporary placement`);
    });
    // 390: adopted, but never placed for adoption in that period of care.
    eps.forEach((e, i) => {
      if (!['E11', 'E12'].includes(e['REC'] ?? '')) return;
      let j = i;
      let placed = false;
      for (; j >= 0; j -= 1) {
        const x = eps[j] as Record903;
        if (ADOPTION.includes(x['PLACE'] ?? '')) placed = true;
        if (x['RNE'] === 'S') break;
      }
      v.check(placed, '390', child, `adopted on ${e['DEC']} without a placement for adoption`);
    });
  }
}

/** Rule 225 applies to episodes from 1 April 2016. */
const simDay2016 = simDayFromParts(2016, 4, 1);
