/**
 * CIN census rules (cin_2025_26_rules.tsv, the ERROR ones that apply to what drift writes), as
 * checks on the exported XML. Each check names its rule code.
 */
import { ABUSE_CATEGORIES, CLOSURE_REASONS, ETHNICITIES, isoWeekday, NEED_CODES, REFERRAL_SOURCES, type SimDay } from '../../../src/domain/index.ts';
import { upnCheckLetter, type CollectionYear } from '../../../src/export/index.ts';
import { isoDay, kids, parseXml, value, type XmlNode } from './parse.ts';
import type { Violations } from './violation.ts';

const DISABILITIES = ['NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA'];
const END = Number.POSITIVE_INFINITY;

interface Span { readonly start: number; readonly end: number }
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const day = (n: XmlNode | undefined, name: string): SimDay | undefined => isoDay(value(n, name));
const inYear = (cy: CollectionYear, d: SimDay | undefined): boolean => d !== undefined && d >= cy.start && d <= cy.end;

function pairwise<T>(list: readonly T[], f: (a: T, b: T) => void): void {
  for (let i = 0; i < list.length; i += 1) for (let j = i + 1; j < list.length; j += 1) f(list[i] as T, list[j] as T);
}

/** Checks a CIN census XML text for a collection year. */
export function checkCin(v: Violations, cy: CollectionYear, xml: string, laCode: string): void {
  const message = parseXml(xml);
  const header = kids(message, 'Header')[0];
  const details = kids(header, 'CollectionDetails')[0];
  v.check(value(details, 'ReferenceDate') === `${cy.year}-03-31`, '100', '-', `ReferenceDate ${value(details, 'ReferenceDate')}`);
  const children = kids(kids(message, 'Children')[0], 'Child');
  const upns = new Set<string>();
  const ids = new Set<string>();
  for (const c of children) {
    const ident = kids(c, 'ChildIdentifiers')[0];
    const id = value(ident, 'LAchildID') ?? '';
    v.check(id !== '', '8500', id, 'LAchildID missing');
    v.check(id.length <= 20, '1570', id, 'LAchildID over 20 characters');
    v.check(/^[A-Za-z0-9]+$/.test(id), '1580', id, 'LAchildID not alphanumeric');
    v.check(!ids.has(id), '8510', id, 'LAchildID repeated');
    ids.add(id);
    const upn = value(ident, 'UPN') ?? '';
    if (upn !== '') {
      v.check(upn[0] === upnCheckLetter(upn.slice(1)), '1510', id, `UPN ${upn} check letter`);
      v.check(upn.slice(1, 4) === laCode, '1530', id, `UPN ${upn} LA code`);
      v.check(/^\d{8}$/.test(upn.slice(4, 12)), '1540', id, `UPN ${upn} characters 5–12`);
      v.check(/^[\dA-Z]$/.test(upn.slice(12)), '1550', id, `UPN ${upn} character 13`);
      v.check(!upns.has(upn), '1520', id, `UPN ${upn} repeated`);
      upns.add(upn);
    }
    const sexElement = cy.year >= 2025 ? 'Sex' : 'GenderCurrent';
    v.check((cy.year >= 2025 ? ['M', 'F', 'U'] : ['0', '1', '2', '9']).includes(value(ident, sexElement) ?? ''), '4180', id, `${sexElement} ${value(ident, sexElement)}`);
    const dob = day(ident, 'PersonBirthDate');
    v.check(dob !== undefined && dob <= cy.end, '8520', id, 'birth date after the census');
    const chars = kids(c, 'ChildCharacteristics')[0];
    v.check((ETHNICITIES as readonly string[]).includes(value(chars, 'Ethnicity') ?? ''), '4220', id, `Ethnicity ${value(chars, 'Ethnicity')}`);
    const disabilities = kids(kids(chars, 'Disabilities')[0], 'Disability').map((d) => d.text);
    v.check(disabilities.length > 0 && disabilities.every((d) => DISABILITIES.includes(d)), '8540', id, `Disability ${disabilities.join(',')}`);
    v.check(!(disabilities.includes('NONE') && disabilities.length > 1), '8790', id, 'NONE with other disabilities');
    v.check(new Set(disabilities).size === disabilities.length, '8794', id, 'disability repeated');
    const episodes = kids(c, 'CINdetails');
    v.check(episodes.length > 0, '8590', id, 'no CINdetails');
    const spans: Span[] = [];
    let openNotNfa = 0;
    episodes.forEach((e, index) => {
      const referral = day(e, 'CINreferralDate');
      const close = day(e, 'CINclosureDate');
      const reason = value(e, 'ReasonForClosure');
      const nfa = ['true', '1'].includes(value(e, 'ReferralNFA') ?? '');
      const at = `referral ${value(e, 'CINreferralDate')}`;
      v.check(referral !== undefined && referral <= cy.end, '8600', id, `${at}: referral missing or after the census`);
      v.check(referral === undefined || dob === undefined || referral >= dob - 280, '8606', id, `${at}: more than 40 weeks before birth`);
      v.check((REFERRAL_SOURCES as readonly string[]).includes(value(e, 'ReferralSource') ?? ''), '8866', id, `${at}: source ${value(e, 'ReferralSource')}`);
      const need = value(e, 'PrimaryNeedCode');
      v.check(need === undefined || (NEED_CODES as readonly string[]).includes(need), '8650', id, `${at}: need ${need}`);
      v.check(nfa || need !== undefined, '8610', id, `${at}: no need code`);
      v.check(close === undefined || inYear(cy, close), '8620', id, `${at}: closure outside the year`);
      v.check(close === undefined || referral === undefined || close >= referral, '8630', id, `${at}: closed before referral`);
      v.check(reason === undefined || (CLOSURE_REASONS as readonly string[]).includes(reason), '8640', id, `${at}: reason ${reason}`);
      v.check(close === undefined || reason !== undefined, '8805', id, `${at}: closure date without reason`);
      v.check(reason === undefined || close !== undefined, '8810', id, `${at}: reason without closure date`);
      v.check(['true', 'false', '0', '1'].includes(value(e, 'ReferralNFA') ?? ''), '8568', id, `${at}: ReferralNFA ${value(e, 'ReferralNFA')}`);
      if (referral !== undefined) spans.push({ start: referral, end: close ?? END });
      if (close === undefined && !nfa) {
        openNotNfa += 1;
        v.check(index === episodes.length - 1, '8816', id, `${at}: open episode is not the latest`);
      }
      const assessments = kids(e, 'Assessments');
      const plans = kids(e, 'CINPlanDates');
      const s47s = kids(e, 'Section47');
      const cpps = kids(e, 'ChildProtectionPlans');
      if (nfa) {
        v.check(assessments.length + s47s.length === 0, '8831', id, `${at}: activity on an NFA referral`);
        v.check(cpps.length === 0, '8832', id, `${at}: CP plan on an NFA referral`);
        v.check(plans.length === 0, '4000', id, `${at}: CIN plan on an NFA referral`);
      }
      let openAssessments = 0;
      for (const a of assessments) {
        const start = day(a, 'AssessmentActualStartDate');
        const end = day(a, 'AssessmentAuthorisationDate');
        v.check(start === undefined || referral === undefined || start >= referral, '1103', id, `${at}: assessment before referral`);
        v.check(start === undefined || end === undefined || start <= end, '8608', id, `${at}: assessment ends before it starts`);
        v.check(end === undefined || inYear(cy, end), '8696', id, `${at}: assessment end outside the year`);
        if (end === undefined) {
          openAssessments += 1;
          v.check(inYear(cy, start), '8736', id, `${at}: open assessment started ${value(a, 'AssessmentActualStartDate')}, before the year`);
          v.check(close === undefined, '8867', id, `${at}: closed with an assessment open`);
        }
        if (close !== undefined) v.check((end ?? END) <= close, '8565', id, `${at}: assessment after closure`);
      }
      v.check(openAssessments <= 1, '8896', id, `${at}: ${openAssessments} open assessments`);
      const planSpans = plans.map((p) => ({ start: day(p, 'CINPlanStartDate') ?? 0, end: day(p, 'CINPlanEndDate') ?? END }));
      for (const p of planSpans) {
        v.check(p.start <= cy.end, '4010', id, `${at}: CIN plan starts after the year`);
        v.check(p.end >= p.start, '4011', id, `${at}: CIN plan ends before it starts`);
        v.check(p.end === END || inYear(cy, p.end as SimDay), '4013', id, `${at}: CIN plan end outside the year`);
        v.check(referral === undefined || p.start >= referral, '4015', id, `${at}: CIN plan before referral`);
        if (close !== undefined) v.check(p.end <= close, '8565', id, `${at}: CIN plan after closure`);
      }
      pairwise(planSpans, (a, b) => v.check(!overlaps(a, b), '4014', id, `${at}: CIN plans overlap`));
      v.check(planSpans.filter((p) => p.end === END).length <= 1, '4004', id, `${at}: more than one open CIN plan`);
      const s47Spans: Span[] = [];
      let openS47 = 0;
      const icpcs: SimDay[] = [];
      for (const s of s47s) {
        const start = day(s, 'S47ActualStartDate');
        const icpc = day(s, 'DateOfInitialCPC');
        const notRequired = ['true', '1'].includes(value(s, 'ICPCnotRequired') ?? '');
        v.check(start !== undefined && (icpc === undefined || start <= icpc), '8615', id, `${at}: s47 after its ICPC`);
        v.check(start === undefined || referral === undefined || start >= referral, '2889', id, `${at}: s47 before referral`);
        if (icpc !== undefined) {
          icpcs.push(icpc);
          v.check(inYear(cy, icpc), '8715', id, `${at}: ICPC outside the year`);
          v.check(isoWeekday(icpc) < 6, '8875', id, `${at}: ICPC at a weekend`);
          v.check(referral === undefined || icpc >= referral, '1104', id, `${at}: ICPC before referral`);
        } else if (!notRequired) {
          openS47 += 1;
          v.check(inYear(cy, start), '8740', id, `${at}: s47 started ${value(s, 'S47ActualStartDate')} before the year and no ICPC by 31 March`);
          v.check(close === undefined, '8868', id, `${at}: closed with a s47 not concluded`);
        }
        if (start !== undefined) s47Spans.push({ start, end: icpc ?? (notRequired ? start + 1 : END) });
      }
      v.check(openS47 <= 1, '8839', id, `${at}: ${openS47} open s47s`);
      pairwise(s47Spans, (a, b) => v.check(!overlaps(a, b), '8890', id, `${at}: s47s overlap`));
      v.check(!(value(e, 'DateOfInitialCPC') !== undefined && icpcs.length > 0), '2884', id, `${at}: ICPC at both levels`);
      const cppSpans: Span[] = [];
      for (const p of cpps) {
        const start = day(p, 'CPPstartDate');
        const end = day(p, 'CPPendDate');
        v.check(start !== undefined && start <= cy.end, '8720', id, `${at}: CPP start missing or after the year`);
        v.check(start === undefined || referral === undefined || start >= referral, '1105', id, `${at}: CPP before referral`);
        // A plan that started before the year has its conference in an earlier return (rule 8715).
        v.check(start === undefined || start < cy.start || icpcs.includes(start), '2885', id, `${at}: CPP starts ${value(p, 'CPPstartDate')}, not on an ICPC day`);
        v.check(end === undefined || start === undefined || end !== start, '8840', id, `${at}: CPP starts and ends the same day`);
        v.check(end === undefined || start === undefined || end >= start, '8925', id, `${at}: CPP ends before it starts`);
        v.check(end === undefined || inYear(cy, end), '8930', id, `${at}: CPP end outside the year`);
        v.check((ABUSE_CATEGORIES as readonly string[]).includes(value(p, 'InitialCategoryOfAbuse') ?? ''), '8905', id, `${at}: initial category`);
        v.check((ABUSE_CATEGORIES as readonly string[]).includes(value(p, 'LatestCategoryOfAbuse') ?? ''), '8910', id, `${at}: latest category`);
        v.check(/^\d+$/.test(value(p, 'NumberOfPreviousCPP') ?? ''), '8730', id, `${at}: NumberOfPreviousCPP missing`);
        const span = { start: start ?? 0, end: end ?? END };
        cppSpans.push(span);
        for (const r of kids(kids(p, 'Reviews')[0], 'CPPreviewDate')) {
          const review = isoDay(r.text) ?? 0;
          v.check(start === undefined || review > start, '8841', id, `${at}: review on or before the plan start`);
          v.check(!planSpans.some((c) => review > c.start && review < c.end), '4003', id, `${at}: CPP review during a CIN plan`);
        }
        for (const c of planSpans) v.check(!overlaps(span, c), '4001', id, `${at}: CIN plan alongside a CP plan`);
        if (close !== undefined) v.check(span.end <= close, '8565', id, `${at}: CP plan after closure`);
      }
      v.check(cpps.length <= icpcs.length + cpps.filter((p) => (day(p, 'CPPstartDate') ?? 0) < cy.start).length, '2883', id, `${at}: more CP plans than ICPCs`);
      v.check(cppSpans.filter((p) => p.end === END).length <= 1, '8935', id, `${at}: more than one open CP plan`);
      pairwise(cppSpans, (a, b) => v.check(!overlaps(a, b), '8940', id, `${at}: CP plans overlap`));
      if (reason === 'RC8' || reason === 'RC9') v.check(plans.length + s47s.length + cpps.length === 0, '2990', id, `${at}: activity on a case closed after assessment`);
    });
    v.check(openNotNfa <= 1, '8815', id, `${openNotNfa} open CIN episodes`);
    pairwise(spans, (a, b) => v.check(!overlaps(a, b), '8820', id, 'CIN episodes overlap'));
  }
}
