import { addMonths, addYears } from '../../calendar/index.ts';
import type { PermanencePlan, SimDay } from '../../domain/index.ts';
import { lookedAfterAtYearEnd } from '../care-status.ts';
import type { ChildHistory } from '../child-history.ts';
import { type CollectionYear } from '../collection-year.ts';
import { formatDmy } from '../dates.ts';
import { disabilityCode } from '../cin/cin-model.ts';
import { allocatedCells, personCells, yesNo } from './person.ts';

type Row = string[];

const openIn = (cy: CollectionYear, start: SimDay, end: SimDay | undefined): boolean => start <= cy.end && (end === undefined || end >= cy.start);
const known = (cy: CollectionYear, day: SimDay | undefined): SimDay | undefined => (day !== undefined && day <= cy.end ? day : undefined);
function latest(days: readonly SimDay[], on: SimDay): SimDay | undefined {
  let found: SimDay | undefined;
  for (const d of days) if (d <= on) found = d;
  return found;
}

/** List 6: children in need: CIN episodes open in the year and where each stands on 31 March. */
export function list6(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  const disabled = yesNo(disabilityCode(h, cy) === 'DDA');
  return h.episodes.filter((e) => openIn(cy, e.referral, e.close)).map((e) => {
    const closed = known(cy, e.close);
    const on = closed ?? cy.end;
    const status = closed !== undefined ? 'e) Closed episode'
      : lookedAfterAtYearEnd(h, cy) !== undefined ? 'a) Looked after child'
        : e.cpPlans.some((p) => p.start <= cy.end && (p.end === undefined || p.end > cy.end)) ? 'b) Child Protection plan'
          : e.cinPlans.some((p) => p.start <= cy.end && (p.end === undefined || p.end > cy.end)) ? 'c) Child in need plan'
            : 'd) Open assessment';
    const seen = latest(h.visits.filter((v) => v.kind !== 'adviser').map((v) => v.day), on);
    return [
      ...personCells(h, child, on), disabled, formatDmy(e.referral), e.need, formatDmy(seen !== undefined && seen >= e.referral ? seen : undefined),
      formatDmy(closed), closed === undefined ? '' : (e.closeReason ?? ''), status, ...allocatedCells(h, on),
    ];
  });
}

/** List 7: child protection plans open in the year. */
export function list7(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  const disabled = yesNo(disabilityCode(h, cy) === 'DDA');
  return h.episodes.flatMap((e) => e.cpPlans.filter((p) => openIn(cy, p.start, p.end)).map((p) => {
    const on = known(cy, p.end) ?? cy.end;
    const visit = [...h.visits].reverse().find((v) => v.day >= p.start && v.day <= on && v.kind !== 'adviser');
    const emergency = h.carePeriods.some((c) => c.legal.some((l) => (l.status === 'L1' || l.status === 'L2') && l.day <= on && l.day > addMonths(on, -6)));
    return [
      ...personCells(h, child, on), disabled, formatDmy(p.start), p.category, p.category, formatDmy(visit?.day),
      visit?.seenAlone === undefined ? 'Unknown' : yesNo(visit.seenAlone), formatDmy(latest(p.reviews, on)), formatDmy(known(cy, p.end)),
      yesNo(emergency), String(p.previousPlans), ...allocatedCells(h, on),
    ];
  }));
}

const PERMANENCE: Readonly<Record<PermanencePlan, string>> = {
  reunification: 'a) Return to family', adoption: 'b) Adoption', sgo: 'c) SGO/CAO', cao: 'c) SGO/CAO', longTermFostering: 'f) Long-term fostering',
};

/**
 * List 8: periods of care open in the year, as on 31 March or the day care ended. Postcodes, URNs,
 * placement location and dental checks are not modelled and are left blank.
 */
export function list8(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  const disabled = yesNo(disabilityCode(h, cy) === 'DDA');
  return h.carePeriods.filter((p) => openIn(cy, p.start, p.end)).map((p) => {
    const ended = known(cy, p.end);
    const on = ended ?? cy.end;
    const legal = [...p.legal].reverse().find((l) => l.day <= on) ?? p.legal[0];
    const placement = [...p.placements].reverse().find((x) => x.start <= on);
    const yearAgo = addYears(on, -1);
    const second = h.carePeriods.some((q) => q !== p && q.end !== undefined && q.end > addYears(p.start, -1) && q.end <= p.start);
    const plan = [...p.permanence].reverse().find((x) => x.day <= on);
    const missing = h.missing.filter((m) => m.start > yearAgo && m.start <= on);
    const lastMissing = missing[missing.length - 1];
    const interview = lastMissing === undefined ? '' : lastMissing.returnInterview !== undefined ? 'Yes' : 'Unknown';
    return [
      ...personCells(h, child, on), 'No', disabled, formatDmy(p.start), p.need, yesNo(second), formatDmy(legal?.day), legal?.status ?? '',
      formatDmy(latest(h.claReviews.map((r) => r.day).filter((d) => d >= p.start), on)),
      formatDmy(latest(h.visits.filter((v) => v.kind === 'statutory' && v.day >= p.start).map((v) => v.day), on)),
      plan === undefined ? '' : PERMANENCE[plan.plan], '', formatDmy(latest(h.healthAssessments.filter((d) => d >= p.start), on)), '',
      String(p.placements.filter((x) => x.start <= on && (x.end === undefined || x.end > yearAgo)).length),
      formatDmy(ended), ended === undefined ? '' : (p.endReason ?? ''), formatDmy(placement?.start), placement?.place ?? '',
      placement?.provider ?? '', '', '', '', '', String(missing.filter((m) => m.kind === 'M').length),
      String(missing.filter((m) => m.kind === 'A').length), interview, interview, ...allocatedCells(h, on),
    ];
  });
}

/**
 * List 9: care leavers open to the leaving-care service at some time in the year: relevant (under
 * 18) or former relevant, with their latest birthday record (OC3 codes).
 */
export function list9(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  const last = h.carePeriods[h.carePeriods.length - 1];
  const left = last?.end;
  if (left === undefined || last?.endReason === undefined || !['E5', 'E6', 'E17'].includes(last.endReason)) return [];
  if (!openIn(cy, left, h.careLeaverClosed)) return [];
  const on = known(cy, h.careLeaverClosed) ?? cy.end;
  const record = [...h.leaverRecords].reverse().find((r) => r.day <= on);
  const [team, worker] = allocatedCells(h, on);
  const accommodation = record === undefined || record.accommodation === '0' ? undefined : record.accommodation;
  return [[
    ...personCells(h, child, on), 'No', yesNo(disabilityCode(h, cy) === 'DDA'), team, worker, worker,
    addYears(h.dob, 18) > on ? 'a) Relevant child' : 'b) Former relevant child', formatDmy(latest(h.pathwayReviews, on)),
    record?.inTouch ?? '', formatDmy(latest(h.visits.filter((v) => v.kind === 'adviser').map((v) => v.day), on)),
    accommodation?.[0] ?? '', accommodation === undefined ? '' : accommodation[1] === '1' ? 'a) Suitable' : 'b) Unsuitable',
    record === undefined || record.activity === '0' ? '' : record.activity,
  ]];
}

/** List 10: children with a decision that they should be placed for adoption, in force in the year. */
export function list10(h: ChildHistory, child: string, cy: CollectionYear): Row[] {
  return h.carePeriods.flatMap((p) => {
    const decided = p.permanence.find((x) => x.plan === 'adoption')?.day;
    if (decided === undefined || decided > cy.end) return [];
    const changed = p.permanence.find((x) => x.day > decided && x.plan !== 'adoption')?.day ?? (p.adopted === undefined ? p.end : undefined);
    if ((p.adopted !== undefined && p.adopted < cy.start) || (changed !== undefined && changed < cy.start)) return [];
    const on = known(cy, p.adopted ?? changed) ?? cy.end;
    return [[
      child, '', ...personCells(h, child, on).slice(1), yesNo(disabilityCode(h, cy) === 'DDA'), formatDmy(p.start), formatDmy(decided),
      formatDmy(known(cy, p.placementOrder)), formatDmy(known(cy, p.matched)), formatDmy(known(cy, p.placedForAdoption)),
      formatDmy(known(cy, p.adopted)), formatDmy(known(cy, changed)), known(cy, changed) === undefined ? '' : 'RD4 - Any other reason', '',
    ]];
  });
}
