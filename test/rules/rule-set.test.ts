/**
 * The rule records and the rule set built from them: parameters, validation and the event-type index.
 */
import { describe, expect, test } from 'vitest';
import { EVENT_TYPES } from '../../src/domain/index.ts';
import { CATALOGUE, DEFAULT_LOCAL_RULES, EXCLUDED_RULES, createRuleSet, ruleId } from '../../src/rules/index.ts';
import type { Limit, TimescaleRule } from '../../src/rules/index.ts';

const byId = (id: string): TimescaleRule => {
  const rule = createRuleSet({ cpVisitWorkingDays: 15, cinReviewMonths: 2, a1ThresholdDays: 487 }).rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
};

describe('catalogue', () => {
  test('lists the statutory-rules.md §1 rules of a journey, each once, none of them excluded', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => EXCLUDED_RULES.some((x) => x.id === id))).toEqual([]);
    expect(ids).toEqual([
      'referral_decision_1wd', 'assessment_45wd', 'assessment_45wd_referral', 'cin_plan_review_local',
      'strategy_discussion_local', 's47_before_icpc', 'icpc_15wd', 'core_group_10wd', 'rcpc_first_3m', 'rcpc_subsequent_6m',
      'cp_visits_local', 'police_protection_72h', 'epo_8d', 'cao_7d',
      'care_proceedings_26w', 'care_plan_10wd', 'placement_plan_5wd', 'placement_notification_5wd', 'iha_20wd', 'rha_6m_12m',
      'cla_review_1_20wd', 'cla_review_2_3m', 'cla_review_n_6m', 'missing_rhi_72h', 'short_break_limits', 'temp_placement_903',
      'connected_person_temp_approval', 'cla_visit_1w', 'cla_visit_6w_year1', 'cla_visit_after_year1', 'cla_visit_special',
      'adoption_review_1_4w', 'adoption_review_2_3m', 'adoption_review_n_6m', 'adoption_visits_weekly', 'scorecard_A1', 'scorecard_A2',
      'needs_assessment_3m', 'pathway_plan_review_6m', 'pf_first_visit_7wd', 'pf_visits',
    ]);
  });

  test('every record cites a source and has plain-words title', () => {
    expect(CATALOGUE.filter((r) => r.source.trim().length < 8 || r.title.trim().length < 8).map((r) => r.id)).toEqual([]);
  });

  test('the excluded rows carry a reason', () => {
    expect(EXCLUDED_RULES.map((x) => x.id)).toEqual([
      'secure_72h_in_28d', 'plo_stages', 'adm_decision_7wd', 'pep_timescales', 'pa_contact', 'care_leaver_903_window',
      'ico_duration_pre2014', 'adoption_order_residence', 'adopter_two_stage', 'foster_carer_review', 'pf_notification',
      'pf_end_notification', 'serious_incident_5wd', 'scorecard_A10', 'scorecard_A3', 'eligible_child',
    ]);
    expect(EXCLUDED_RULES.filter((x) => x.reason.length < 10)).toEqual([]);
  });
});

describe('createRuleSet', () => {
  test('applies local-rule parameters to the local rules only', () => {
    expect(createRuleSet().parameters).toEqual(DEFAULT_LOCAL_RULES);
    expect(byId('cp_visits_local').limit).toEqual({ amount: 15, unit: 'workingDays' } satisfies Limit);
    expect(byId('cin_plan_review_local').limit).toEqual({ amount: 2, unit: 'months' } satisfies Limit);
    expect(byId('scorecard_A1').limit).toEqual({ amount: 487, unit: 'days' } satisfies Limit);
    expect(byId('icpc_15wd').limit).toEqual({ amount: 15, unit: 'workingDays' } satisfies Limit);
  });

  test('refuses bad parameters with what to do instead', () => {
    expect(() => createRuleSet({ cpVisitWorkingDays: 0 })).toThrow('cpVisitWorkingDays must be a whole number of at least 1, got 0; omit it to use the default 10');
    expect(() => createRuleSet({ s47WorkingDays: 2.5 })).toThrow(/s47WorkingDays must be a whole number/);
    expect(() => createRuleSet({ visitWeeks: 6 } as never)).toThrow(/unknown local rule parameter visitWeeks; use one of cpVisitWorkingDays/);
  });

  const base: TimescaleRule = {
    id: ruleId('test_rule'), title: 'A test rule', stage: 'care', start: [{ type: 'care.entered' }],
    stop: [{ type: 'care.left' }], cancel: [], limit: { amount: 1, unit: 'days' }, source: 'test', confidence: 'M',
  };

  test('refuses inconsistent records', () => {
    expect(() => createRuleSet({}, [base, base])).toThrow(/appears twice/);
    expect(() => createRuleSet({}, [{ ...base, after: [ruleId('nowhere')] }])).toThrow(/after names unknown rule nowhere/);
    expect(() => createRuleSet({}, [{ ...base, start: [] }])).toThrow(/can never start/);
    expect(() => createRuleSet({}, [{ ...base, stop: [{ type: 'care.left', where: { field: 'colour', in: ['red'] } }] }]))
      .toThrow(/care.left has no data field colour/);
    expect(() => createRuleSet({}, [{ ...base, limit: [{ when: 'lookedAfter', limit: { amount: 1, unit: 'days' } }] }]))
      .toThrow(/last limit alternative must have no condition/);
    expect(() => createRuleSet({}, [{ ...base, limit: { amount: 0, unit: 'days' } }])).toThrow(/at least 1/);
    expect(() => createRuleSet({}, [{ ...base, limit: { amount: 3, unit: 'months', beginningWith: true } }])).toThrow(/days or weeks only/);
    expect(() => ruleId('Not Snake')).toThrow(/is not snake_case/);
  });

  test('indexes every rule under exactly the event types its matchers name', () => {
    const rules = createRuleSet();
    for (const type of EVENT_TYPES) {
      const index = rules.compiled.byType[type];
      const expected = (pick: (r: TimescaleRule) => readonly { readonly type: string }[]) =>
        rules.rules.flatMap((r, i) => (pick(r).some((m) => m.type === type) ? [i] : []));
      expect([type, index.stops.map((t) => t.rule)]).toEqual([type, expected((r) => r.stop)]);
      expect([type, index.cancels.map((t) => t.rule)]).toEqual([type, expected((r) => r.cancel)]);
      expect([type, index.starts.map((t) => t.rule)]).toEqual([type, expected((r) => r.start)]);
    }
    const name = (i: number): string => rules.rules[i]?.id ?? '?';
    const successorsOfFirstVisit = rules.compiled.successors[rules.compiled.orderOf.get(ruleId('cla_visit_1w')) ?? -1] ?? [];
    expect(successorsOfFirstVisit.map(name)).toEqual(['cla_visit_6w_year1', 'cla_visit_after_year1', 'cla_visit_special']);
    expect(rules.compiled.derived.map(name)).toEqual(['needs_assessment_3m']);
  });
});
