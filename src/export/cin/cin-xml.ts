import type { ChildId, SimDay } from '../../domain/index.ts';
import type { ChildHistory } from '../child-history.ts';
import { cinSex, type CollectionYear } from '../collection-year.ts';
import { formatIso } from '../dates.ts';
import type { ReturnIdentity } from '../identifiers.ts';
import { cinDetailsInYear, disabilityCode, type CinDetails } from './cin-model.ts';

/** Who wrote the file, for the census header. */
export interface CinSource {
  /** The 3-digit LA code (XSD pattern \d{3}). */
  readonly laCode: string;
  /** The program version that wrote the run. */
  readonly release: string;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Writes `<name>value</name>` at an indent, or nothing when the value is absent. */
function leaf(out: string[], depth: number, name: string, value: string | undefined): void {
  if (value !== undefined) out.push(`${'  '.repeat(depth)}<${name}>${escape(value)}</${name}>`);
}

function open(out: string[], depth: number, name: string): void {
  out.push(`${'  '.repeat(depth)}<${name}>`);
}

function close(out: string[], depth: number, name: string): void {
  out.push(`${'  '.repeat(depth)}</${name}>`);
}

const iso = (day: SimDay | undefined): string | undefined => (day === undefined ? undefined : formatIso(day));

/** One `CINdetails`, its elements in the order of CIN_schema_2024.xsd `cindetailstype`. */
function writeDetails(out: string[], d: CinDetails): void {
  open(out, 3, 'CINdetails');
  leaf(out, 4, 'CINreferralDate', iso(d.referral));
  leaf(out, 4, 'ReferralSource', d.source);
  leaf(out, 4, 'PrimaryNeedCode', d.need);
  leaf(out, 4, 'CINclosureDate', iso(d.close));
  leaf(out, 4, 'ReasonForClosure', d.closeReason);
  for (const a of d.assessments) {
    open(out, 4, 'Assessments');
    leaf(out, 5, 'AssessmentActualStartDate', iso(a.start));
    leaf(out, 5, 'AssessmentAuthorisationDate', iso(a.end));
    close(out, 4, 'Assessments');
  }
  for (const p of d.cinPlans) {
    open(out, 4, 'CINPlanDates');
    leaf(out, 5, 'CINPlanStartDate', iso(p.start));
    leaf(out, 5, 'CINPlanEndDate', iso(p.end));
    close(out, 4, 'CINPlanDates');
  }
  for (const s of d.s47s) {
    open(out, 4, 'Section47');
    leaf(out, 5, 'S47ActualStartDate', iso(s.start));
    leaf(out, 5, 'InitialCPCtarget', iso(s.target));
    leaf(out, 5, 'DateOfInitialCPC', iso(s.icpc));
    leaf(out, 5, 'ICPCnotRequired', s.notRequired ? 'true' : 'false');
    close(out, 4, 'Section47');
  }
  leaf(out, 4, 'ReferralNFA', d.referralNfa ? 'true' : 'false');
  for (const p of d.cpPlans) {
    open(out, 4, 'ChildProtectionPlans');
    leaf(out, 5, 'CPPstartDate', iso(p.start));
    leaf(out, 5, 'CPPendDate', iso(p.end));
    leaf(out, 5, 'InitialCategoryOfAbuse', p.category);
    // The category is not modelled as changing during a plan.
    leaf(out, 5, 'LatestCategoryOfAbuse', p.category);
    leaf(out, 5, 'NumberOfPreviousCPP', String(p.previous));
    if (p.reviews.length > 0) {
      open(out, 5, 'Reviews');
      for (const r of p.reviews) leaf(out, 6, 'CPPreviewDate', iso(r));
      close(out, 5, 'Reviews');
    }
    close(out, 4, 'ChildProtectionPlans');
  }
  close(out, 3, 'CINdetails');
}

/**
 * The CIN census XML of one collection year: every child with a CIN episode open at some time in
 * it, elements in the schema's order (returns-formats.md §3). The header carries no DateTime, so
 * the same run always gives the same bytes. Assessment factors are not modelled and are left out
 * (a query, 8897Q, not an error).
 * @example cinCensusXml(histories, identities, collectionYear(2024), { laCode: '201', release: '0.1.0' })
 */
export function cinCensusXml(
  histories: readonly ChildHistory[], identities: ReadonlyMap<ChildId, ReturnIdentity>, cy: CollectionYear, source: CinSource,
): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<Message>'];
  open(out, 1, 'Header');
  open(out, 2, 'CollectionDetails');
  leaf(out, 3, 'Collection', 'CIN');
  leaf(out, 3, 'Year', String(cy.year));
  leaf(out, 3, 'ReferenceDate', formatIso(cy.end));
  close(out, 2, 'CollectionDetails');
  open(out, 2, 'Source');
  leaf(out, 3, 'SourceLevel', 'L');
  leaf(out, 3, 'LEA', source.laCode);
  leaf(out, 3, 'SoftwareCode', 'drift');
  leaf(out, 3, 'Release', source.release);
  leaf(out, 3, 'SerialNo', '001');
  close(out, 2, 'Source');
  close(out, 1, 'Header');
  open(out, 1, 'Children');
  for (const h of histories) {
    const details = cinDetailsInYear(h, cy);
    if (details.length === 0) continue;
    const identity = identities.get(h.id);
    if (identity === undefined) throw new Error(`child ${h.id} has no identifiers; assignIdentities must be given every child`);
    const sex = cinSex(h.sex, cy);
    open(out, 2, 'Child');
    open(out, 3, 'ChildIdentifiers');
    leaf(out, 4, 'LAchildID', identity.laChildId);
    leaf(out, 4, 'UPN', identity.upn);
    leaf(out, 4, 'PersonBirthDate', formatIso(h.dob));
    leaf(out, 4, sex.element, sex.code);
    close(out, 3, 'ChildIdentifiers');
    open(out, 3, 'ChildCharacteristics');
    leaf(out, 4, 'Ethnicity', h.ethnicity);
    open(out, 4, 'Disabilities');
    leaf(out, 5, 'Disability', disabilityCode(h, cy));
    close(out, 4, 'Disabilities');
    close(out, 3, 'ChildCharacteristics');
    for (const d of details) writeDetails(out, d);
    close(out, 2, 'Child');
  }
  close(out, 1, 'Children');
  out.push('</Message>');
  return `${out.join('\n')}\n`;
}
