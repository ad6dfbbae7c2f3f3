import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/index.ts';
import { issueLines, load, yaml } from './memory-source.ts';

const one = (text: string): string[] => issueLines({ 'scenarios/s.yaml': text }, 's');

describe('scenario errors are file:line: path: message, where the value was written', () => {
  it('a wrong type, with what to write instead', () => {
    expect(one(yaml('name: s', 'workforce:', '  assessment:', '    caseloadTarget: "eighteen"'))).toEqual([
      'scenarios/s.yaml:4: workforce.assessment.caseloadTarget: expected a number, got "eighteen"; write a number without quotes or units, e.g. 18 (the default)',
    ]);
  });

  it('an unknown key, on its own line, with the likely spelling', () => {
    expect(one(yaml('name: s', 'workforce:', '  assessment:', '    caseloadTarget: 12', '    annualTurnOver: 0.2', 'bogus: 1'))).toEqual([
      'scenarios/s.yaml:5: workforce.assessment.annualTurnOver: unrecognised key "annualTurnOver"; did you mean "annualTurnover"? Check the spelling against scenarios/schema.json',
      'scenarios/s.yaml:6: bogus: unrecognised key "bogus"; check the spelling against scenarios/schema.json (allowed here: name, description, extends, calendar, population, demand, children, decisions, work, riskDynamics, care, camhs, privateFostering, workforce, mechanisms, localRules)',
    ]);
  });

  it('a triangular distribution with min > mode', () => {
    expect(one(yaml('name: s', 'work:', '  s47WorkingDays: { min: 9, mode: 2, max: 11 }'))).toEqual([
      'scenarios/s.yaml:3: work.s47WorkingDays: needs min ≤ mode ≤ max; reorder the three values (got { min: 9, mode: 2, max: 11 })',
    ]);
  });

  it('dates outside the calendar, where they were written', () => {
    expect(one(yaml('name: s', 'calendar:', "  start: '2006-04-01'", '  warmupYears: 15'))).toEqual([
      'scenarios/s.yaml:3: calendar.start: start in 2008 or later (the calendar begins in 1990, and children at the start were born up to 18 years before it) (got "2006-04-01")',
    ]);
    expect(one(yaml('name: s', 'calendar:', "  start: '2070-04-01'", '  years: 20'))).toEqual([
      'scenarios/s.yaml:4: calendar.years: the run ends in 2103; end it by 2080 (the calendar ends in 2100): start earlier or simulate fewer years (got 20)',
    ]);
  });

  it('a missing name, at the top of the file', () => {
    expect(one(yaml('# what-if without a name', 'calendar:', '  years: 2'))).toEqual([
      'scenarios/s.yaml:1: name: missing; every scenario file needs its own name: add "name: <short name>" at the top',
    ]);
  });

  it('an error in a parent file names the parent file and line', () => {
    expect(issueLines({
      'scenarios/base.yaml': yaml('name: base', 'care:', '  sgoShare: 1.5', 'mechanisms:', '  turnover: "no"'),
      'scenarios/child.yaml': yaml('name: child', 'extends: base', 'care:', '  adoptionShare: -1'),
    }, 'child')).toEqual([
      'scenarios/child.yaml:4: care.adoptionShare: -1 is below the minimum; use a number ≥ 0',
      'scenarios/base.yaml:3: care.sgoShare: 1.5 is above the maximum; use a number ≤ 1 (shares and chances are fractions: write 0.015 for 1.5%)',
      'scenarios/base.yaml:5: mechanisms.turnover: expected true or false, got "no"; write true or false (without quotes)',
    ]);
  });

  it('a value the child overrides is no longer the parent\'s error', () => {
    const scenario = load({
      'scenarios/base.yaml': yaml('name: base', 'care:', '  sgoShare: 1.5'),
      'scenarios/child.yaml': yaml('name: child', 'extends: base', 'care:', '  sgoShare: 0.3'),
    }, 'child');
    expect(scenario.care.sgoShare).toBe(0.3);
  });

  it('every issue at once, sorted by line, with list items located by their own line', () => {
    expect(one(yaml(
      'name: s',
      'calendar:',
      '  years: 2.5',
      'children:',
      '  ageWeights:',
      '    - 10',
      '    - -1',
      'demand:',
      '  seasonality: [1, 2]',
      '  sources: { ZZ: 1, 1a: 2 }',
      'population:',
    ))).toEqual([
      'scenarios/s.yaml:3: calendar.years: 2.5 is not a whole number; write a whole number, e.g. 3 (the default)',
      'scenarios/s.yaml:5: children.ageWeights: has 2 items; give exactly 18 — relative chance of each age 0–17 (in years) at first contact',
      'scenarios/s.yaml:7: children.ageWeights[1]: -1 is below the minimum; use a number ≥ 0',
      'scenarios/s.yaml:9: demand.seasonality: has 2 items; give exactly 12 — relative contact rate by calendar month, January first (school holidays are quieter)',
      'scenarios/s.yaml:10: demand.sources.1a: unrecognised key "1a"; did you mean "1A"? Check the spelling against scenarios/schema.json',
      'scenarios/s.yaml:10: demand.sources.ZZ: unrecognised key "ZZ"; check the spelling against scenarios/schema.json (allowed here: 4, 6, 7, 8, 9, 10, 1A, 1B, 1C, 1D, 2A, 2B, 3A, 3B, 3C, 3D, 3E, 3F, 5A, 5B, 5C, 5D)',
      'scenarios/s.yaml:11: population: is empty; write its keys indented below it, or delete the line to keep the defaults',
    ]);
  });

  it('YAML syntax errors and duplicate keys, on their line', () => {
    expect(one(yaml('name: s', 'calendar:', '  years: 3', '  years: 4'))).toEqual([
      'scenarios/s.yaml:4: duplicate key "years"; a key may appear once in a mapping: keep one and delete the other',
    ]);
    expect(one(yaml('name: s', 'calendar:', '  years: 3: 4', 'care: {}'))).toEqual([
      'scenarios/s.yaml:3: YAML syntax: Nested mappings are not allowed in compact mappings',
    ]);
    expect(one(yaml('name: s', 'calendar:', '\tyears: 3'))).toEqual([
      'scenarios/s.yaml:3: YAML syntax: Tabs are not allowed as indentation',
    ]);
    expect(one(yaml('name: s', 'calendar:', '  years: 3', ' warmupYears: 2'))[0]).toMatch(/^scenarios\/s\.yaml:4: YAML syntax: /);
  });

  it('a file that is not a mapping', () => {
    expect(one('')).toEqual([
      'scenarios/s.yaml:1: a scenario file is a YAML mapping of parameters; start with "name: <short name>" (see scenarios/baseline.yaml)',
    ]);
    expect(one(yaml('# a list', '- name: s'))).toEqual([
      'scenarios/s.yaml:2: a scenario file is a YAML mapping of parameters; start with "name: <short name>" (see scenarios/baseline.yaml)',
    ]);
  });

  it('a key such as __proto__ is an unknown key, not a prototype change', () => {
    expect(one(yaml('name: s', '__proto__:', '  polluted: 1'))).toEqual([
      'scenarios/s.yaml:2: __proto__: unrecognised key "__proto__"; check the spelling against scenarios/schema.json (allowed here: name, description, extends, calendar, population, demand, children, decisions, work, riskDynamics, care, camhs, privateFostering, workforce, mechanisms, localRules)',
    ]);
  });

  it('a missing top-level file throws the source\'s own error', () => {
    expect(() => load({}, 'nothing')).toThrow(new ScenarioError([{ file: 'scenarios/nothing.yaml', line: 0, path: '', message: 'no such file' }]));
    expect(() => load({}, 'nothing')).toThrow('scenarios/nothing.yaml: no such file');
  });

  it('ScenarioError carries the issues as data', () => {
    try {
      load({ 'scenarios/s.yaml': yaml('name: s', 'calendar:', '  years: 0') }, 's');
      expect.unreachable();
    } catch (error) {
      expect((error as ScenarioError).issues).toEqual([
        { file: 'scenarios/s.yaml', line: 3, path: 'calendar.years', message: '0 is below the minimum; use a number ≥ 1' },
      ]);
    }
  });
});
