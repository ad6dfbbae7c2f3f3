/**
 * Worked examples of the emergency-order and care rules (not visits).
 */
import { contact, ev, example } from './example-support.ts';
import type { WorkedExample } from './example-support.ts';

const enter = (day: string, legalStatus: 'C2' | 'V3' | 'L1' | 'L3' = 'C2') => ev(day, 'care.entered', { legalStatus, need: 'N1' });
const leave = (day: string) => ev(day, 'care.left', { reason: 'E11' });
const review = (day: string) => ev(day, 'claReview.held', {});
const health = (day: string, kind: 'initial' | 'review') => ev(day, 'healthAssessment.done', { kind });
const place = (day: string, placeCode: 'U1' | 'T1' | 'T3' | 'T4' | 'U4', temporaryApproval?: true) =>
  ev(day, 'placement.started', temporaryApproval === undefined ? { place: placeCode, provider: 'PR1' } : { place: placeCode, provider: 'PR1', temporaryApproval });
const placementEnded = (day: string) => ev(day, 'placement.ended', { reason: 'CARPL' });

/**
 * §2 point 2: a child looked after from Fri 19 Dec 2025 is due a first review by Wed 21 Jan 2026. Then
 * 3 months, then 6-monthly from each actual review; a new period of care restarts at review 1.
 */
const CLA_REVIEWS = [
  enter('2025-12-19'), review('2026-01-21'), review('2026-04-21'), review('2026-10-22'), leave('2027-01-05'),
  enter('2027-02-01'), review('2027-03-02'),
];

export const CARE_EXAMPLES: readonly WorkedExample[] = [
  example('police_protection_72h', 'onTime', 'police protection Fri 3 Mar 2023, EPO made Mon 6 Mar',
    [enter('2023-03-03', 'L1'), ev('2023-03-06', 'legalStatus.changed', { legalStatus: 'L2' })],
    [['2023-03-03', '2023-03-06', '2023-03-06', 'met']]),
  example('police_protection_72h', 'late', 'released on the fourth day',
    [enter('2023-03-03', 'L1'), leave('2023-03-07')],
    [['2023-03-03', '2023-03-06', '2023-03-07', 'late']]),
  example('epo_8d', 'onTime', 'EPO from 6 Mar 2023 replaced by an interim care order on day 15',
    [enter('2023-03-03', 'L1'), ev('2023-03-06', 'legalStatus.changed', { legalStatus: 'L2' }), ev('2023-03-21', 'legalStatus.changed', { legalStatus: 'C1' })],
    [['2023-03-06', '2023-03-21', '2023-03-21', 'met']]),
  example('epo_8d', 'late', 'EPO still in force on day 16',
    [ev('2023-03-06', 'legalStatus.changed', { legalStatus: 'L2' }), leave('2023-03-22')],
    [['2023-03-06', '2023-03-21', '2023-03-22', 'late']]),
  example('cao_7d', 'onTime', 'child assessment order 1–8 Mar 2023',
    [enter('2023-03-01', 'L3'), leave('2023-03-08')],
    [['2023-03-01', '2023-03-08', '2023-03-08', 'met']]),
  example('cao_7d', 'late', 'still under the order on 9 Mar',
    [enter('2023-03-01', 'L3'), ev('2023-03-09', 'legalStatus.changed', { legalStatus: 'C2' })],
    [['2023-03-01', '2023-03-08', '2023-03-09', 'late']]),

  // 26 weeks beginning with Tue 10 Jan 2023 end on Mon 10 Jul 2023 (issue day + 181).
  example('care_proceedings_26w', 'onTime', 'issued 10 Jan 2023, concluded 10 Jul',
    [ev('2023-01-10', 'proceedings.issued'), ev('2023-07-10', 'proceedings.concluded', { order: 'care' })],
    [['2023-01-10', '2023-07-10', '2023-07-10', 'met']]),
  example('care_proceedings_26w', 'late', 'concluded 11 Jul 2023 (26 weeks "of", not "beginning with")',
    [ev('2023-01-10', 'proceedings.issued'), ev('2023-07-11', 'proceedings.concluded', { order: 'sgo' })],
    [['2023-01-10', '2023-07-10', '2023-07-11', 'late']]),

  // 10 working days from Fri 19 Dec 2025 skip 25–26 Dec and 1 Jan: Wed 7 Jan 2026.
  example('care_plan_10wd', 'onTime', 'looked after 19 Dec 2025, care plan 7 Jan 2026',
    [enter('2025-12-19'), ev('2026-01-07', 'carePlan.made')],
    [['2025-12-19', '2026-01-07', '2026-01-07', 'met']]),
  example('care_plan_10wd', 'late', 'care plan 8 Jan 2026',
    [enter('2025-12-19'), ev('2026-01-08', 'carePlan.made')],
    [['2025-12-19', '2026-01-07', '2026-01-08', 'late']]),
  example('placement_plan_5wd', 'onTime', 'placement Mon 3 Jul 2023, plan agreed Mon 10 Jul',
    [place('2023-07-03', 'U1'), ev('2023-07-10', 'placementPlan.agreed')],
    [['2023-07-03', '2023-07-10', '2023-07-10', 'met']]),
  example('placement_plan_5wd', 'late', 'placement ended on 12 Jul with no plan: late without a stop',
    [place('2023-07-03', 'U1'), placementEnded('2023-07-12')],
    [['2023-07-03', '2023-07-10', null, 'late']]),
  example('placement_notification_5wd', 'onTime', 'placement Mon 3 Jul 2023 notified Mon 10 Jul',
    [place('2023-07-03', 'U1'), ev('2023-07-10', 'placement.notified')],
    [['2023-07-03', '2023-07-10', '2023-07-10', 'met']]),
  example('placement_notification_5wd', 'late', 'notified Tue 11 Jul; the next placement restarts the clock',
    [place('2023-07-03', 'U1'), ev('2023-07-11', 'placement.notified'), place('2023-08-01', 'U1'), ev('2023-08-02', 'placement.notified')],
    [['2023-07-03', '2023-07-10', '2023-07-11', 'late'], ['2023-08-01', '2023-08-08', '2023-08-02', 'met']]),

  example('iha_20wd', 'onTime', 'looked after 19 Dec 2025, IHA by Wed 21 Jan 2026',
    [enter('2025-12-19'), health('2026-01-21', 'initial')],
    [['2025-12-19', '2026-01-21', '2026-01-21', 'met']]),
  example('iha_20wd', 'late', 'IHA on 22 Jan 2026',
    [enter('2025-12-19'), health('2026-01-22', 'initial')],
    [['2025-12-19', '2026-01-21', '2026-01-22', 'late']]),
  example('iha_20wd', 'other', 'short breaks (V3) are exempt', [enter('2025-12-19', 'V3'), leave('2026-02-01')], []),

  example('rha_6m_12m', 'other', 'under 5: every 6 months from the actual previous assessment',
    [contact('2022-12-01', '2022-01-15'), enter('2023-01-10'), health('2023-01-20', 'initial'), health('2023-07-20', 'review'), health('2024-02-01', 'review')],
    [['2023-01-20', '2023-07-20', '2023-07-20', 'met'], ['2023-07-20', '2024-01-20', '2024-02-01', 'late'], ['2024-02-01', '2024-08-01', null, 'open']],
    { asOf: '2024-03-01' }),
  example('rha_6m_12m', 'late', '5 and over: every 12 months',
    [contact('2022-12-01', '2010-05-01'), enter('2023-01-10'), health('2023-01-20', 'initial'), health('2024-01-22', 'review'), leave('2024-06-01')],
    [['2023-01-20', '2024-01-20', '2024-01-22', 'late']]),
  example('rha_6m_12m', 'onTime', 'the interval in force at the previous assessment: 6 months though 5 since',
    [contact('2022-12-01', '2018-03-01'), enter('2022-12-10'), health('2023-02-20', 'initial'), health('2023-08-20', 'review'), leave('2023-09-01')],
    [['2023-02-20', '2023-08-20', '2023-08-20', 'met']]),
  example('rha_6m_12m', 'onTime', 'date of birth unknown: 12 months',
    [contact('2022-12-01'), enter('2023-01-10'), health('2023-01-20', 'initial'), health('2024-01-20', 'review'), leave('2024-02-01')],
    [['2023-01-20', '2024-01-20', '2024-01-20', 'met']]),

  example('cla_review_1_20wd', 'onTime', 'first review 21 Jan 2026; second period: due Mon 1 Mar 2027, held 2 Mar (late)',
    CLA_REVIEWS, [['2025-12-19', '2026-01-21', '2026-01-21', 'met'], ['2027-02-01', '2027-03-01', '2027-03-02', 'late']], { asOf: '2027-04-01' }),
  example('cla_review_1_20wd', 'late', 'the same journey, read for the late first review of the second period',
    CLA_REVIEWS, [['2025-12-19', '2026-01-21', '2026-01-21', 'met'], ['2027-02-01', '2027-03-01', '2027-03-02', 'late']], { asOf: '2027-04-01' }),
  example('cla_review_1_20wd', 'other', 'short breaks follow another cycle', [enter('2025-12-19', 'V3'), leave('2026-03-01')], []),
  example('cla_review_2_3m', 'onTime', 'second review 21 Apr 2026, 3 months after the first; restarts after the new period',
    CLA_REVIEWS, [['2026-01-21', '2026-04-21', '2026-04-21', 'met'], ['2027-03-02', '2027-06-02', null, 'open']], { asOf: '2027-04-01' }),
  example('cla_review_2_3m', 'late', 'second review a day late',
    [enter('2025-12-19'), review('2026-01-21'), review('2026-04-22')],
    [['2026-01-21', '2026-04-21', '2026-04-22', 'late']]),
  example('cla_review_n_6m', 'late', 'third review 22 Oct 2026 (late); the next is dropped when care ends before it is due',
    CLA_REVIEWS, [['2026-04-21', '2026-10-21', '2026-10-22', 'late']], { asOf: '2027-04-01' }),
  example('cla_review_n_6m', 'onTime', 'reviews every 6 months from the actual previous review; overdue at the as-of day',
    [enter('2025-12-19'), review('2026-01-21'), review('2026-04-21'), review('2026-10-21'), review('2027-04-20')],
    [['2026-04-21', '2026-10-21', '2026-10-21', 'met'], ['2026-10-21', '2027-04-21', '2027-04-20', 'met'], ['2027-04-20', '2027-10-20', null, 'overdue']],
    { asOf: '2027-10-21' }),

  example('missing_rhi_72h', 'onTime', 'back Fri 3 Mar 2023, interview Mon 6 Mar (weekends count)',
    [ev('2023-03-03', 'missing.ended'), ev('2023-03-06', 'returnInterview.held')],
    [['2023-03-03', '2023-03-06', '2023-03-06', 'met']]),
  example('missing_rhi_72h', 'late', 'interview Tue 7 Mar 2023',
    [ev('2023-03-03', 'missing.ended'), ev('2023-03-07', 'returnInterview.held')],
    [['2023-03-03', '2023-03-06', '2023-03-07', 'late']]),
  example('short_break_limits', 'onTime', 'short break 1–18 Jun 2023 (17 days)',
    [enter('2023-06-01', 'V3'), leave('2023-06-18')],
    [['2023-06-01', '2023-06-18', '2023-06-18', 'met']]),
  example('short_break_limits', 'late', 'short break until 19 Jun 2023',
    [enter('2023-06-01', 'V3'), leave('2023-06-19')],
    [['2023-06-01', '2023-06-18', '2023-06-19', 'late']]),
  example('temp_placement_903', 'onTime', 'hospital (T1) 1 Mar – 12 Apr 2023: 42 days',
    [enter('2023-02-01'), place('2023-03-01', 'T1'), placementEnded('2023-04-12')],
    [['2023-03-01', '2023-04-12', '2023-04-12', 'met']]),
  example('temp_placement_903', 'late', "carer's holiday (T3) 21 days, then T4 ended by a new placement after 8 days",
    [enter('2023-02-01'), place('2023-05-01', 'T3'), placementEnded('2023-05-23'), place('2023-06-01', 'T4'), place('2023-06-09', 'U1')],
    [['2023-05-01', '2023-05-22', '2023-05-23', 'late'], ['2023-06-01', '2023-06-08', '2023-06-09', 'late']]),
  example('connected_person_temp_approval', 'onTime', 'temporarily approved 2 Jan 2023, fully approved on week 16',
    [enter('2023-01-02'), place('2023-01-02', 'U4', true), ev('2023-04-24', 'carer.approved')],
    [['2023-01-02', '2023-04-24', '2023-04-24', 'met']]),
  example('connected_person_temp_approval', 'late', 'placement ends a day after 16 weeks without approval',
    [enter('2023-01-02'), place('2023-01-02', 'U4', true), placementEnded('2023-04-25')],
    [['2023-01-02', '2023-04-24', '2023-04-25', 'late']]),
];
