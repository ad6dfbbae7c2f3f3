import type { SimDay } from '../../domain/index.ts';
import type { CarePeriod, ChildHistory } from '../child-history.ts';
import { inYear, type CollectionYear } from '../collection-year.ts';
import { formatDmy } from '../dates.ts';

type Row = readonly string[];

/** The LA's decision that the child should be placed for adoption: the day adoption became the plan. */
function adoptionDecision(p: CarePeriod): SimDay | undefined {
  return p.permanence.find((x) => x.plan === 'adoption')?.day;
}

/**
 * When and why a decision to place for adoption stopped applying without an adoption: the day the
 * plan changed to another permanence option (RD1, the child's needs changed), or the day care
 * ended some other way (RD4, any other reason). Rules 557, 117, 118.
 */
function decisionReversed(p: CarePeriod, decided: SimDay): { readonly day: SimDay; readonly reason: 'RD1' | 'RD4' } | undefined {
  const change = p.permanence.find((x) => x.day > decided && x.plan !== 'adoption');
  if (change !== undefined) return { day: change.day, reason: 'RD1' };
  if (p.end !== undefined && p.adopted === undefined) return { day: p.end, reason: 'RD4' };
  return undefined;
}

/**
 * PlacedAdoption rows: each decision that the child should be placed for adoption in force at
 * some time in the year, with the date and reason it was reversed if it was, in the year
 * (rules 117, 118, 119, 557, 558).
 */
export function placedAdoptionRows(h: ChildHistory, child: string, dob: string, cy: CollectionYear): Row[] {
  const rows: Row[] = [];
  for (const p of h.carePeriods) {
    const decided = adoptionDecision(p);
    if (decided === undefined || decided > cy.end) continue;
    const reversed = decisionReversed(p, decided);
    if (p.adopted !== undefined && p.adopted < cy.start) continue;
    if (reversed !== undefined && reversed.day < cy.start) continue;
    const ceased = reversed !== undefined && reversed.day <= cy.end ? reversed : undefined;
    rows.push([child, dob, formatDmy(decided), formatDmy(ceased?.day), ceased?.reason ?? '']);
  }
  return rows;
}

/**
 * AD1 row for a child adopted in the year (rule 601): the decision and matching dates, and whether
 * the adopters were the child's foster carers (placements A3 and A5, rule 335). Adopters are not
 * modelled; they are recorded as the most common adoptive family in the DfE adoption statistics,
 * a married couple of a man and a woman (NB_ADOPTR 2, SEX_ADOPTR MF, LS_ADOPTR L11), so that the
 * item set is complete (rule 151).
 */
export function ad1Row(h: ChildHistory, child: string, dob: string, cy: CollectionYear): Row | undefined {
  const p = h.carePeriods.find((q) => q.end !== undefined && inYear(cy, q.end) && (q.endReason === 'E11' || q.endReason === 'E12'));
  if (p === undefined) return undefined;
  const decided = adoptionDecision(p);
  const adoptive = p.placements.find((x) => x.start === p.placedForAdoption) ?? p.placements[p.placements.length - 1];
  const fosterCarers = adoptive !== undefined && (adoptive.place === 'A3' || adoptive.place === 'A5');
  return [child, dob, formatDmy(decided), formatDmy(p.matched), fosterCarers ? '1' : '0', '2', 'MF', 'L11'];
}
