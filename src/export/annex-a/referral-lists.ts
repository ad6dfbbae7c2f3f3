import { addYears } from '../../calendar/index.ts';
import type { SimDay } from '../../domain/index.ts';
import type { ChildHistory } from '../child-history.ts';
import { inYear, type CollectionYear } from '../collection-year.ts';
import { formatDmy } from '../dates.ts';
import { disabilityCode } from '../cin/cin-model.ts';
import { allocatedCells, personCells, yesNo } from './person.ts';

type Row = string[];

function within12Months(days: readonly SimDay[], on: SimDay): number {
  const from = addYears(on, -1);
  return days.filter((d) => d > from && d <= on).length;
}

/** List 1: every contact in the year, with its source (CIN ReferralSource codes). */
export function list1(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  return h.contacts.filter((c) => inYear(cy, c.day)).map((c) => [...personCells(h, child, c.day), formatDmy(c.day), c.source]);
}

/** List 3: every referral in the year; "in the last 12 months" counts referrals up to and including this one. */
export function list3(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  const referrals = h.episodes.map((e) => e.referral);
  return h.episodes.filter((e) => inYear(cy, e.referral)).map((e) => [
    ...personCells(h, child, e.referral), formatDmy(e.referral), e.source, yesNo(e.outcome === 'nfa'),
    String(within12Months(referrals, e.referral)), ...allocatedCells(h, e.referral),
  ]);
}

/**
 * List 4: assessments open in the year. Seeing the child is part of every completed assessment
 * (WT2023 ch. 3), so a completed one is "Yes" and one still open "Unknown".
 */
export function list4(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  const disabled = yesNo(disabilityCode(h, cy) === 'DDA');
  return h.episodes.flatMap((e) => e.assessments
    .filter((a) => a.start <= cy.end && (a.end === undefined || a.end >= cy.start))
    .map((a) => {
      const done = a.end !== undefined && a.end <= cy.end;
      const support = a.outcome === 'cin' || a.outcome === 'strategy' || a.outcome === 'care';
      return [
        ...personCells(h, child, a.start), disabled, formatDmy(a.start), done ? 'Yes' : 'Unknown', done ? formatDmy(a.end) : '',
        done ? yesNo(support) : '', ...allocatedCells(h, done && a.end !== undefined ? a.end : cy.end),
      ];
    }));
}

/** List 5: section 47 enquiries started in the year, with their conferences. */
export function list5(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  const disabled = yesNo(disabilityCode(h, cy) === 'DDA');
  const s47Days = h.episodes.flatMap((e) => e.s47s.map((s) => s.start));
  const icpcDays = h.episodes.flatMap((e) => e.s47s.flatMap((s) => (s.icpc === undefined ? [] : [s.icpc])));
  return h.episodes.flatMap((e) => e.s47s.filter((s) => inYear(cy, s.start)).map((s) => {
    const icpc = s.icpc !== undefined && s.icpc <= cy.end ? s.icpc : undefined;
    const concluded = s.outcome !== undefined && s.outcome !== 'icpc';
    return [
      ...personCells(h, child, s.start), disabled, formatDmy(s.start), concluded ? 'Yes' : 'No', formatDmy(icpc),
      icpc === undefined ? '' : yesNo(s.icpcOutcome === 'cpPlan'), String(within12Months(s47Days, s.start)),
      String(within12Months(icpcDays, icpc ?? s.start)), ...allocatedCells(h, s.start),
    ];
  }));
}
