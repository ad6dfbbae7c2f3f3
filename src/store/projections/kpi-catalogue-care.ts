/**
 * KPI definitions of looked-after children, permanence and care leavers (statutory-rules.md §1 and §4;
 * DfE "Children looked after in England" tables; MoJ Family Court Statistics; adoption scorecards).
 */
import type { KpiDefinition } from './kpi-catalogue.ts';
import { ALL_ON_TIME } from './kpi-expectation.ts';

/** Looked after to care leavers, in report order. */
export const CARE_KPIS: readonly KpiDefinition[] = [
  {
    id: 'claAt31March', label: 'Children looked after at 31 March', group: 'lookedAfter', unit: 'count',
    definition: 'Children between care.entered and care.left after all events of 31 March.',
    source: 'SSDA903; DfE CLA table A1',
  },
  {
    id: 'claPer10k', label: 'Children looked after per 10,000 children', group: 'lookedAfter', unit: 'per10k',
    definition: 'Children looked after at 31 March per 10,000 children aged 0–17 in the area that year.',
    source: 'statutory-rules.md §4 (rates per 10,000 children aged 0–17)',
  },
  {
    id: 'claStarts', label: 'Children starting to be looked after', group: 'lookedAfter', unit: 'count',
    definition: 'Number of care.entered events dated in the year.',
    source: 'SSDA903; DfE CLA table C1',
  },
  {
    id: 'claCeased', label: 'Children ceasing to be looked after', group: 'lookedAfter', unit: 'count',
    definition: 'Number of care.left events dated in the year.',
    source: 'SSDA903; DfE CLA table D1',
  },
  {
    id: 'claReviewsOnTimePct', label: 'Looked-after reviews on time', group: 'lookedAfter', unit: 'percent',
    expectation: { text: 'first review within 20 working days, second within 3 months, then every 6 months (CPPCR2010 reg 33)', ...ALL_ON_TIME },
    definition: 'Of cla_review_1_20wd, cla_review_2_3m and cla_review_n_6m clocks decided in the year (held, or cancelled after falling due), the percentage met.',
    source: 'statutory-rules.md §1 cla_review_*; calibration/west-sussex.md §1 (reviews held on time 81%)',
  },
  {
    id: 'claVisitsOnTimePct', label: 'Looked-after visits on time', group: 'lookedAfter', unit: 'percent',
    expectation: { text: 'within a week of every placement, then at the regulation interval (CPPCR2010 reg 28)', ...ALL_ON_TIME },
    definition: 'Of cla_visit_* clocks decided in the year (visited, or cancelled after falling due), the percentage met.',
    source: 'statutory-rules.md §1 cla_visit_*; calibration/west-sussex.md §1 (visits ~80% on time)',
  },
  {
    id: 'ihaWithin20WorkingDaysPct', label: 'Initial health assessments within 20 working days', group: 'lookedAfter', unit: 'percent',
    expectation: { text: 'within 20 working days of becoming looked after (CPPCR2010 reg 7)', ...ALL_ON_TIME },
    definition: 'Of iha_20wd clocks decided in the year (assessed, or the period of care ended after the clock fell due), the percentage met.',
    source: 'statutory-rules.md §1 iha_20wd',
  },
  {
    id: 'claThreePlusPlacementsPct', label: 'Looked-after children with 3 or more placements in the year', group: 'lookedAfter', unit: 'percent',
    definition: 'Children looked after at 31 March with 3 or more placements during the year (the placement ongoing on 1 April counts as one; temporary placements T0–T4 are not counted), as a percentage of children looked after at 31 March.',
    source: 'statutory-rules.md §4 "CLA placement stability (short term)"; DfE CLA indicator',
  },
  {
    id: 'returnInterviewsWithin72HoursPct', label: 'Return interviews within 72 hours', group: 'lookedAfter', unit: 'percent',
    expectation: { text: 'within 72 hours of the child returning (Missing2014)', ...ALL_ON_TIME },
    definition: 'Of return interviews held in the year (missing_rhi_72h clocks stopped), the percentage held within 72 hours of the return.',
    source: 'statutory-rules.md §1 missing_rhi_72h; calibration/west-sussex.md §1 (70% of those done)',
  },
  {
    id: 'missingEpisodesWithReturnInterviewPct', label: 'Missing episodes followed by a return interview', group: 'lookedAfter', unit: 'percent',
    expectation: { text: 'every child returning from a missing episode is offered an independent return interview (Missing2014)' },
    definition: 'missing.ended events in the year followed by a returnInterview.held before the next missing.started or care.left, as a percentage of missing.ended events in the year.',
    source: 'Missing2014; calibration/west-sussex.md §1 (40% of notifications led to a return interview)',
  },
  {
    id: 'careProceedingsMeanWeeks', label: 'Care proceedings: mean duration in weeks', group: 'lookedAfter', unit: 'weeks',
    expectation: { text: 'decided within 26 weeks of issue (CA1989 s.32(1)(a))', target: 26, direction: 'atMost' },
    definition: 'Mean of (proceedings.concluded − proceedings.issued) ÷ 7 over proceedings concluded in the year.',
    source: 'statutory-rules.md §1 care_proceedings_26w; MoJ Family Court Statistics Quarterly (mean weeks)',
  },
  {
    id: 'careProceedingsWithin26WeeksPct', label: 'Care proceedings within 26 weeks', group: 'lookedAfter', unit: 'percent',
    expectation: { text: 'decided within 26 weeks of issue (CA1989 s.32(1)(a))', ...ALL_ON_TIME },
    definition: 'Of care_proceedings_26w clocks stopped in the year (proceedings concluded), the percentage within 26 weeks beginning with the day of issue.',
    source: 'statutory-rules.md §1 care_proceedings_26w; MoJ Family Court Statistics Quarterly',
  },
  {
    id: 'adoptionA1MeanDays', label: 'Adoption A1: days from entering care to moving in with adopters', group: 'lookedAfter', unit: 'days',
    expectation: { text: 'scorecard threshold 426 days (14 months) with the default local rules', target: 426, direction: 'atMost' },
    definition: 'Mean of stop − start in calendar days over scorecard_A1 clocks stopped in the year (care.entered → adoption.placed or adoption.ordered).',
    source: 'statutory-rules.md §1 scorecard_A1; DfE adoption scorecards',
  },
  {
    id: 'adoptionA2MeanDays', label: 'Adoption A2: days from placement order to match', group: 'lookedAfter', unit: 'days',
    expectation: { text: 'scorecard threshold 121 days (4 months) with the default local rules', target: 121, direction: 'atMost' },
    definition: 'Mean of stop − start in calendar days over scorecard_A2 clocks stopped in the year (placementOrder.made → adoption.matched).',
    source: 'statutory-rules.md §1 scorecard_A2; DfE adoption scorecards',
  },
  {
    id: 'adoptions', label: 'Adoptions', group: 'lookedAfter', unit: 'count',
    definition: 'Number of adoption.ordered events dated in the year.',
    source: 'SSDA903 (reason ceased E11/E12); calibration/west-sussex.md §1',
  },
  {
    id: 'specialGuardianshipOrders', label: 'Special guardianship orders', group: 'lookedAfter', unit: 'count',
    definition: 'Number of sgo.granted events dated in the year.',
    source: 'SSDA903 (reason ceased E43–E44); calibration/west-sussex.md §1',
  },
  {
    id: 'returnsHome', label: 'Returns home', group: 'lookedAfter', unit: 'count',
    definition: 'Number of care.left events dated in the year with reason E4A, E4B or E13.',
    source: 'SSDA903 reason episode ceased',
  },
  {
    id: 'claReEntryWithin12MonthsPct', label: 'Children returning to care within 12 months', group: 'lookedAfter', unit: 'percent',
    definition: 'Of care.left events in the year, the percentage followed (in this stream) by a care.entered whose data.lastCareLeft is that day and which comes at most 12 calendar months later; reported in the year care ended.',
    source: 'calibration/west-sussex.md §1 (ceased, of whom 10% later returned to care)',
  },
  {
    id: 'camhsReferrals', label: 'Looked-after children referred to CAMHS', group: 'lookedAfter', unit: 'count',
    definition: 'Number of camhs.referred events dated in the year.',
    source: 'HealthSG2015 (promoting the health and well-being of looked-after children)',
  },
  {
    id: 'camhsWaitMeanWeeks', label: 'CAMHS wait, referral to treatment: mean weeks', group: 'lookedAfter', unit: 'weeks',
    definition: 'Mean of (camhs.treatmentStarted − camhs.referred) ÷ 7 over treatments that started in the year.',
    source: 'NHS referral-to-treatment measure applied to the looked-after children\'s CAMHS list',
  },
  {
    id: 'camhsWaitLongestWeeks', label: 'CAMHS wait, referral to treatment: longest, weeks', group: 'lookedAfter', unit: 'weeks',
    definition: 'The longest (camhs.treatmentStarted − camhs.referred) ÷ 7 of treatments that started in the year: "waiting up to N weeks".',
    source: 'calibration/west-sussex.md §1 (CAMHS wait up to 28 weeks)',
  },
  {
    id: 'pathwayPlanReviewsOnTimePct', label: 'Pathway plan reviews on time', group: 'careLeavers', unit: 'percent',
    expectation: { text: 'reviewed at least every 6 months (CPPCR2010 reg 44; CLR2010 reg 7)', ...ALL_ON_TIME },
    definition: 'Of pathway_plan_review_6m clocks decided in the year, the percentage met.',
    source: 'statutory-rules.md §1 pathway_plan_review_6m',
  },
  {
    id: 'leftCareForIndependentLiving', label: 'Young people leaving care for independent living', group: 'careLeavers', unit: 'count',
    definition: 'Number of care.left events dated in the year with reason E5 (with support) or E6 (without formal support).',
    source: 'SSDA903 REC E5/E6; calibration/west-sussex.md §1 (moved on to independent living)',
  },
  {
    id: 'stayingPutAt18Pct', label: 'Staying put with foster carers at 18', group: 'careLeavers', unit: 'percent',
    definition: 'Of young people who left care on their 18th birthday (care.left on the day of birthday.18) from a foster placement (U1–U6), the percentage whose reason was E17 (remained with their carers).',
    source: 'SSDA903 REC E17; calibration/west-sussex.md §1 (staying put 43 of 51)',
  },
  {
    id: 'careLeaversSuitableAccommodationPct', label: 'Care leavers aged 19–21 in suitable accommodation', group: 'careLeavers', unit: 'percent',
    definition: 'Of careLeaver.contacted records in the year at ages 19, 20 and 21 (one per birthday), the percentage whose accommodation code ends in 1 (suitable); records not in touch count in the denominator, as in the DfE care leaver tables.',
    source: 'SSDA903 OC3 ACCOM; DfE CLA table F1; calibration/west-sussex.md §1 (85%)',
  },
  {
    id: 'careLeaversNeetPct', label: 'Care leavers aged 19–21 not in education, employment or training', group: 'careLeavers', unit: 'percent',
    definition: 'Of careLeaver.contacted records in the year at ages 19, 20 and 21, the percentage whose activity is G4, G5 or G6.',
    source: 'SSDA903 OC3 ACTIV; DfE CLA table F2; calibration/west-sussex.md §1 (38%)',
  },
];
