import { describe, expect, it } from 'vitest';
import { calibrateCommand } from '../../src/cli/commands/calibrate.ts';
import { formatIssue, ScenarioError } from '../../src/scenario/index.ts';
import { loadTargets, type TargetsFile } from '../../src/scenario/targets.ts';
import { targetKpis } from '../../src/sim/calibrate/index.ts';

const YEARS = ['2015-16', '2016-17'];

function load(text: string): TargetsFile {
  return loadTargets('wsx.targets.yaml', text, { kpis: targetKpis(), years: YEARS });
}

/** The messages of a file that fails, as `file:line: path: message`. */
function problems(text: string): string[] {
  try {
    load(text);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('the file loaded; expected problems');
}

const GOOD = `name: wsx-2015
description: West Sussex 2015 inspection
targets:
  - name: Assessments within 45 working days
    kpi: assessmentsWithin45WorkingDaysPct
    value: 71
    source: Ofsted inspection 2015
  - name: Children in need at 30 September
    kpi: cinAtMonthEnd
    month: September
    value: 2746
    tolerance: { relative: 0.05 }
    source: Ofsted inspection 2015
  - name: ICPCs within 15 working days, 2015-16
    kpi: icpcWithin15WorkingDaysPct
    year: '2015-16'
    value: 72.3
    tolerance: { pp: 2 }
    source: Ofsted inspection 2015
    note: 1 Apr – 30 Sep 2015 only
  - name: Care proceedings
    kpi: careProceedingsMeanWeeks
    value: 30
    tolerance: { absolute: 2 }
    source: Ofsted inspection 2015
`;

describe('targets files', () => {
  it('reads rows into measures, with the default tolerance by KPI kind where none is given', () => {
    const file = load(GOOD);
    expect([file.name, file.description, file.file]).toEqual(['wsx-2015', 'West Sussex 2015 inspection', 'wsx.targets.yaml']);
    expect(file.targets.map((t) => [t.measure, t.tolerance, t.at.line])).toEqual([
      [{ series: 'yearly', kpi: 'assessmentsWithin45WorkingDaysPct', year: undefined }, { kind: 'pp', value: 3, defaulted: true }, 4],
      [{ series: 'monthly', kpi: 'cinAtMonthEnd', month: 9, year: undefined }, { kind: 'relative', value: 0.05, defaulted: false }, 8],
      [{ series: 'yearly', kpi: 'icpcWithin15WorkingDaysPct', year: '2015-16' }, { kind: 'pp', value: 2, defaulted: false }, 14],
      [{ series: 'yearly', kpi: 'careProceedingsMeanWeeks', year: undefined }, { kind: 'absolute', value: 2, defaulted: false }, 21],
    ]);
    expect(file.targets[2]?.note).toBe('1 Apr – 30 Sep 2015 only');
    expect(load(GOOD.replace('kpi: careProceedingsMeanWeeks\n    value: 30\n    tolerance: { absolute: 2 }', 'kpi: careProceedingsMeanWeeks\n    value: 30')).targets[3]?.tolerance)
      .toEqual({ kind: 'relative', value: 0.1, defaulted: true });
  });

  it('accepts a month as a number or a three-letter name', () => {
    expect(load(GOOD.replace('month: September', 'month: 9')).targets[1]?.measure).toMatchObject({ month: 9 });
    expect(load(GOOD.replace('month: September', 'month: sep')).targets[1]?.measure).toMatchObject({ month: 9 });
  });

  it('reports every problem of a row at the line where it was written', () => {
    const text = `name: bad
targets:
  - name: A
    kpi: assesmentsWithin45WorkingDaysPct
    value: 71
    source: x
  - name: B
    kpi: cinAt31March
    value: "2,746"
    source: x
    tolernce: { relative: 0.1 }
  - name: C
    kpi: claAt31March
    value: 639
`;
    expect(problems(text)).toEqual([
      'wsx.targets.yaml:4: targets[0].kpi: unknown KPI "assesmentsWithin45WorkingDaysPct"; did you mean "assessmentsWithin45WorkingDaysPct"?',
      'wsx.targets.yaml:9: targets[1].value: expected a number, got "2,746"; write the published figure as a plain number, without % or commas, e.g. value: 71',
      'wsx.targets.yaml:11: targets[1].tolernce: unrecognised key "tolernce"; did you mean "tolerance"?',
      'wsx.targets.yaml:12: targets[2].source: missing; add "source:" with the document (and page or table) the figure comes from',
    ]);
  });

  it('says how to name a monthly series, a month, a year and a tolerance that do not fit the KPI', () => {
    const text = `name: bad
targets:
  - name: CIN at 30 September
    kpi: cinAtMonthEnd
    value: 2746
    source: x
  - name: Adoptions in September
    kpi: adoptions
    month: 9
    value: 3
    source: x
  - name: Looked after in Sept
    kpi: claAtMonthEnd
    month: Septembre
    value: 639
    source: x
  - name: ICPCs
    kpi: icpcWithin15WorkingDaysPct
    year: '2014-15'
    value: 72.3
    source: x
  - name: Adoptions
    kpi: adoptions
    value: 35
    tolerance: { pp: 3 }
    source: x
  - name: Both tolerances
    kpi: adoptions
    value: 35
    tolerance: { relative: 0.1, absolute: 3 }
    source: x
`;
    const found = problems(text);
    expect(found[0]).toBe('wsx.targets.yaml:4: targets[0].kpi: "cinAtMonthEnd" is a monthly series; add month: (e.g. month: September for a stock at 30 September)');
    expect(found[1]).toMatch(/^wsx\.targets\.yaml:8: targets\[1\]\.kpi: "adoptions" has no monthly series; delete month to compare the yearly value, or use one of the monthly series: contacts, referrals, /);
    expect(found.slice(2)).toEqual([
      'wsx.targets.yaml:14: targets[2].month: is not a month; write a calendar month as a number 1–12 or its English name, e.g. month: September (got "Septembre")',
      'wsx.targets.yaml:19: targets[3].year: the run reports 2015-16, 2016-17; name one of these, or delete the line to average over them (or change the scenario\'s calendar or --years) (got "2014-15")',
      'wsx.targets.yaml:25: targets[4].tolerance: pp (percentage points) is for percentages and adoptions is not one; write relative: 0.1 for ±10%, or absolute: N',
      'wsx.targets.yaml:30: targets[5].tolerance: give exactly one of pp, relative or absolute, e.g. tolerance: { pp: 3 }',
    ]);
  });

  it('refuses a file that is not a mapping, has no rows or repeats a row name', () => {
    expect(problems('- name: a\n')).toEqual([
      'wsx.targets.yaml:1: a targets file is a YAML mapping; start with "name: <short name>", then "targets:" and one "- name:" row per figure',
    ]);
    expect(problems('name: empty\ntargets: []\n')).toEqual([
      'wsx.targets.yaml:2: targets: has no rows; list at least one target (a list of rows, each starting with "- name:")',
    ]);
    expect(problems('name: x\ntargets:\n  - { name: A, kpi: adoptions, value: 35, source: s }\n  - { name: A, kpi: claStarts, value: 300, source: s }\n')).toEqual([
      'wsx.targets.yaml:4: targets[1].name: is the name of an earlier row too; give each row its own name (got "A")',
    ]);
    expect(problems('name: x\ntargets:\n  - name: A\n    name: B\n')).toEqual([
      'wsx.targets.yaml:4: duplicate key "name"; a key may appear once in a mapping: keep one and delete the other',
    ]);
  });
});

describe('drift calibrate schema', () => {
  it('prints a JSON Schema whose kpi values are the catalogue ids, yearly and monthly', async () => {
    let text = '';
    const code = await calibrateCommand(['schema'], { write: (chunk: string) => { text += chunk; } });
    expect(code).toBe(0);
    const schema = JSON.parse(text) as { $id: string; required: string[]; properties: { targets: { items: { required: string[]; properties: Record<string, { enum?: unknown[]; anyOf?: unknown[] }> } } } };
    expect([schema.$id, schema.required]).toEqual(['urn:drift:targets', ['name', 'targets']]);
    const row = schema.properties.targets.items;
    expect(row.required).toEqual(['name', 'kpi', 'value', 'source']);
    const kpis = targetKpis();
    expect(row.properties['kpi']?.enum).toEqual([...new Set([...kpis.yearly.keys(), ...kpis.monthly.keys()])]);
    expect(row.properties['kpi']?.enum).toContain('cinAtMonthEnd');
    expect(Object.keys(row.properties)).toEqual(['name', 'kpi', 'month', 'year', 'value', 'tolerance', 'source', 'note']);
  });
});
