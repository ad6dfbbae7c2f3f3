/**
 * The rule catalogue: every rule of reference/statutory-rules.md §1 with confidence H or M that
 * concerns a stage of a child's journey (ARCHITECTURE.md D5, §4), in journey order. Catalogue order is
 * the order clocks are reported in.
 *
 * Left out, with the reason (also as data in {@link EXCLUDED_RULES}):
 * - `secure_72h_in_28d`: a rolling 72-hours-in-28-days aggregate, not a clock; and no secure-order event.
 * - `plo_stages`, `adm_decision_7wd`, `pep_timescales`, `pa_contact`, `care_leaver_903_window`: confidence L.
 * - `ico_duration_pre2014`: interim care orders before 22 April 2014 only; there are no interim-order
 *   events and simulation periods start after April 2014.
 * - `adoption_order_residence`: a minimum interval before an application, not a deadline.
 * - `adopter_two_stage`, `foster_carer_review`, `serious_incident_5wd`: not a stage of a child's journey (ARCHITECTURE.md §4).
 * - `pf_notification`, `pf_end_notification`: duties of the carer and the parents, not of the authority;
 *   no event records when the carer was told of the plan or when the arrangement's end was reported.
 * - `scorecard_A10`: needs the day the child moved in with foster carers who later adopt, which no event records.
 * - `scorecard_A3`: a percentage derived from the A1 clocks, not a clock of its own.
 * - `eligible_child`: a definition, used to start `needs_assessment_3m` (eligibility.ts).
 */
import { CARE_RULES } from './care-rules.ts';
import { CARE_VISIT_RULES } from './care-visit-rules.ts';
import { CHILD_PROTECTION_RULES } from './child-protection-rules.ts';
import { FRONT_DOOR_RULES } from './front-door-rules.ts';
import { LEAVING_CARE_RULES } from './leaving-care-rules.ts';
import { PERMANENCE_RULES } from './permanence-rules.ts';
import { PRIVATE_FOSTERING_RULES } from './private-fostering-rules.ts';
import type { TimescaleRule } from './rule-types.ts';

/** Every rule of the catalogue, with the default local-rule parameters. */
export const CATALOGUE: readonly TimescaleRule[] = [
  ...FRONT_DOOR_RULES,
  ...CHILD_PROTECTION_RULES,
  ...CARE_RULES,
  ...CARE_VISIT_RULES,
  ...PERMANENCE_RULES,
  ...LEAVING_CARE_RULES,
  ...PRIVATE_FOSTERING_RULES,
];

/** A row of statutory-rules.md §1 that is deliberately not a clock, and why. */
export interface ExcludedRule {
  readonly id: string;
  readonly reason: string;
}

const NOT_JOURNEY = 'not a stage of a child\'s journey (ARCHITECTURE.md §4)';
const CARERS_DUTY = 'a duty of the private foster carer and the parents, not the authority; no event records the carer\'s notice';
const LOW_CONFIDENCE = 'confidence L in statutory-rules.md §1';

/** The rows of statutory-rules.md §1 left out of the catalogue, with the reason for each. */
export const EXCLUDED_RULES: readonly ExcludedRule[] = [
  { id: 'secure_72h_in_28d', reason: 'a rolling 72-hours-in-28-days aggregate, not a clock; no secure-order event' },
  { id: 'plo_stages', reason: LOW_CONFIDENCE },
  { id: 'adm_decision_7wd', reason: LOW_CONFIDENCE },
  { id: 'pep_timescales', reason: LOW_CONFIDENCE },
  { id: 'pa_contact', reason: LOW_CONFIDENCE },
  { id: 'care_leaver_903_window', reason: LOW_CONFIDENCE },
  { id: 'ico_duration_pre2014', reason: 'pre-2014 interim orders only; no interim-order events; simulation periods start after April 2014' },
  { id: 'adoption_order_residence', reason: 'a minimum interval before an adoption application, not a deadline' },
  { id: 'adopter_two_stage', reason: NOT_JOURNEY },
  { id: 'foster_carer_review', reason: NOT_JOURNEY },
  { id: 'pf_notification', reason: CARERS_DUTY },
  { id: 'pf_end_notification', reason: CARERS_DUTY },
  { id: 'serious_incident_5wd', reason: NOT_JOURNEY },
  { id: 'scorecard_A10', reason: 'needs the day the child moved in with foster carers who later adopt, which no event records' },
  { id: 'scorecard_A3', reason: 'a percentage derived from the scorecard_A1 clocks, not a clock of its own' },
  { id: 'eligible_child', reason: 'a definition, used to start needs_assessment_3m' },
];
