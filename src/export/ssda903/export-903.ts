import type { ChildId } from '../../domain/index.ts';
import { carePeriodsInYear, lookedAfterAtYearEnd } from '../care-status.ts';
import type { ChildHistory } from '../child-history.ts';
import { hasDoLo, hasSwEpisodes, placementCodes, sex903, type CollectionYear } from '../collection-year.ts';
import { formatDmy } from '../dates.ts';
import { ExportError } from '../export-error.ts';
import type { ReturnIdentity } from '../identifiers.ts';
import type { Table } from '../table.ts';
import { ad1Row, placedAdoptionRows } from './adoption-tables.ts';
import { episodeRows, missingRows, oc2Row, oc3Row, prevPermRows, reviewRows } from './care-tables.ts';
import { SSDA903_HEADERS, type Ssda903TableName } from './headers.ts';
import { swChains, swEpisodesInYear } from './sw-episodes.ts';

type Row = readonly string[];

function checkPlacements(h: ChildHistory, cy: CollectionYear): void {
  const allowed = placementCodes(cy);
  for (const p of carePeriodsInYear(h, cy)) {
    for (const placement of p.placements) {
      if ((placement.end === undefined || placement.end >= cy.start) && placement.start <= cy.end && !allowed.includes(placement.place)) {
        throw new ExportError(`child ${h.id} is placed in ${placement.place} on ${formatDmy(placement.start)}, a placement type the ${cy.label} SSDA903 return does not accept (rule 146); export another year or change the scenario's placement types`);
      }
    }
  }
}

/**
 * The SSDA903 tables of one collection year: every child looked after at some time in the year,
 * and care leavers with a birthday record (OC3). UASC status is not modelled, so the UASC table
 * holds only its header; SWEpisodes are written from 2023/24 and DoLo from 2026/27, each with its
 * header when empty.
 * @example ssda903Tables(histories, identities, collectionYear(2024)).map((t) => t.name)
 */
export function ssda903Tables(histories: readonly ChildHistory[], identities: ReadonlyMap<ChildId, ReturnIdentity>, cy: CollectionYear): readonly Table[] {
  const rows: Record<Ssda903TableName, Row[]> = {
    Header: [], Episodes: [], Reviews: [], UASC: [], OC2: [], OC3: [], AD1: [], PlacedAdoption: [], PrevPerm: [],
    Missing: [], SWEpisodes: [], DoLo: [],
  };
  for (const h of histories) {
    const identity = identities.get(h.id);
    if (identity === undefined) throw new Error(`child ${h.id} has no identifiers; assignIdentities must be given every child`);
    const child = identity.laChildId;
    const dob = formatDmy(h.dob);
    const episodes = episodeRows(h, child, cy);
    const oc3 = oc3Row(h, child, dob, cy);
    if (episodes.length === 0 && oc3 === undefined) continue;
    checkPlacements(h, cy);
    const sex = sex903(h.sex, cy);
    if (sex === undefined) {
      throw new ExportError(`child ${h.id} has sex U, which the SSDA903 return before 2024/25 cannot record (SEX is 1 or 2); export 2025 or later`);
    }
    // Motherhood is not modelled: a girl looked after in the year is recorded as not a mother (rule 393).
    const mother = episodes.length > 0 && h.sex === 'F' ? '0' : '';
    rows.Header.push([child, sex, dob, h.ethnicity, identity.upn, mother, '']);
    if (oc3 !== undefined) rows.OC3.push(oc3);
    // A care leaver with no episode in the year has only Header and OC3 rows (rule 1012).
    if (episodes.length === 0) continue;
    rows.Episodes.push(...episodes);
    rows.Reviews.push(...reviewRows(h, child, dob, cy));
    rows.Missing.push(...missingRows(h, child, dob, cy));
    rows.PrevPerm.push(...prevPermRows(h, child, dob, cy));
    rows.PlacedAdoption.push(...placedAdoptionRows(h, child, dob, cy));
    const oc2 = oc2Row(h, child, dob, cy);
    if (oc2 !== undefined) rows.OC2.push(oc2);
    const ad1 = ad1Row(h, child, dob, cy);
    if (ad1 !== undefined) rows.AD1.push(ad1);
    if (hasSwEpisodes(cy) && lookedAfterAtYearEnd(h, cy) !== undefined) {
      for (const e of swEpisodesInYear(swChains(h), cy)) rows.SWEpisodes.push([child, dob, e.swId, formatDmy(e.decom), formatDmy(e.dec), e.reason]);
    }
  }
  const names = (Object.keys(SSDA903_HEADERS) as Ssda903TableName[])
    .filter((name) => (name !== 'SWEpisodes' || hasSwEpisodes(cy)) && (name !== 'DoLo' || hasDoLo(cy)));
  return names.map((name) => ({ name, header: SSDA903_HEADERS[name], rows: rows[name] }));
}
