import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/scenario/index.ts';
import { issueLines, load, yaml } from './memory-source.ts';

const BASE = yaml(
  'name: base',
  'description: the parent',
  'demand:',
  '  seasonality: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]',
  '  newChildContactsPerYear: 5000',
  'workforce:',
  '  assessment:',
  '    caseloadTarget: 12',
  '    annualTurnover: 0.3',
  '  chairs:',
  '    count: 2',
);

describe('extends', () => {
  it('merges mappings key by key; the child wins where both write a value', () => {
    const scenario = load({
      'scenarios/base.yaml': BASE,
      'scenarios/child.yaml': yaml('name: child', 'extends: base', 'workforce:', '  assessment:', '    caseloadTarget: 20'),
    }, 'child');
    expect(scenario.workforce.assessment).toEqual({
      ...scenarioSchema.parse({ name: 'x' }).workforce.assessment,
      caseloadTarget: 20,
      annualTurnover: 0.3,
    });
    expect(scenario.workforce.chairs.count).toBe(2);
    expect(scenario.demand.newChildContactsPerYear).toBe(5000);
  });

  it('replaces lists whole rather than merging them item by item', () => {
    const scenario = load({
      'scenarios/base.yaml': BASE,
      'scenarios/child.yaml': yaml('name: child', 'extends: base', 'demand:', '  seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]'),
    }, 'child');
    expect(scenario.demand.seasonality).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]);
    expect(scenario.demand.newChildContactsPerYear).toBe(5000);
    // A shorter list is not topped up from the parent's: it is the whole value, and too short.
    expect(issueLines({
      'scenarios/base.yaml': BASE,
      'scenarios/child.yaml': yaml('name: child', 'extends: base', 'demand:', '  seasonality: [1, 1]'),
    }, 'child')).toEqual([
      'scenarios/child.yaml:4: demand.seasonality: has 2 items; give exactly 12 — relative contact rate by calendar month, January first (school holidays are quieter)',
    ]);
  });

  it('takes name and description from the child alone, and records the first parent in extends', () => {
    const scenario = load({
      'scenarios/base.yaml': BASE,
      'scenarios/child.yaml': yaml('name: child', 'extends: base'),
    }, 'child');
    expect([scenario.name, scenario.description, scenario.extends]).toEqual(['child', '', 'base']);
  });

  it('follows a chain of two parents, nearest parent winning, and keeps the first reference', () => {
    const scenario = load({
      'scenarios/base.yaml': BASE,
      'scenarios/middle.yaml': yaml('name: middle', 'extends: base', 'workforce:', '  assessment:', '    annualTurnover: 0.2', '  chairs:', '    count: 3'),
      'what-if/top.yaml': yaml('name: top', 'extends: ../scenarios/middle.yaml', 'workforce:', '  chairs:', '    count: 5'),
    }, 'what-if/top.yaml');
    expect(scenario.extends).toBe('../scenarios/middle.yaml');
    expect(scenario.workforce.assessment.caseloadTarget).toBe(12);
    expect(scenario.workforce.assessment.annualTurnover).toBe(0.2);
    expect(scenario.workforce.chairs.count).toBe(5);
    expect(scenario.demand.newChildContactsPerYear).toBe(5000);
  });

  it('resolves a path in extends relative to the file that names it', () => {
    const scenario = load({
      'what-if/parts/parent.yaml': yaml('name: parent', 'calendar:', '  years: 7'),
      'what-if/child.yaml': yaml('name: child', 'extends: parts/parent.yaml'),
    }, 'what-if/child.yaml');
    expect(scenario.calendar.years).toBe(7);
  });

  it('refuses a cycle, naming the chain, on the extends line that closes it', () => {
    expect(issueLines({
      'scenarios/a.yaml': yaml('name: a', 'extends: b'),
      'scenarios/b.yaml': yaml('# b goes back to a', 'name: b', 'extends: a'),
    }, 'a')).toEqual([
      'scenarios/b.yaml:3: extends: "a" makes a cycle (scenarios/a.yaml → scenarios/b.yaml → scenarios/a.yaml); a scenario cannot extend itself or a scenario that extends it: remove one of these extends lines',
    ]);
  });

  it('refuses a scenario that extends itself', () => {
    expect(issueLines({ 'scenarios/a.yaml': yaml('name: a', 'extends: a') }, 'a')).toEqual([
      'scenarios/a.yaml:2: extends: "a" makes a cycle (scenarios/a.yaml → scenarios/a.yaml); a scenario cannot extend itself or a scenario that extends it: remove one of these extends lines',
    ]);
  });

  it('reports a missing parent on the extends line', () => {
    expect(issueLines({ 'scenarios/child.yaml': yaml('name: child', '', 'extends: basline') }, 'child')).toEqual([
      'scenarios/child.yaml:3: extends: cannot extend "basline": scenarios/basline.yaml: no such file',
    ]);
  });

  it('reports an extends that is not a reference', () => {
    expect(issueLines({ 'scenarios/child.yaml': yaml('name: child', 'extends: [base]') }, 'child')).toEqual([
      'scenarios/child.yaml:2: extends: is not a scenario reference; write the name of a scenario in scenarios/ (e.g. extends: baseline) or a path to a .yaml file, or delete the line',
    ]);
  });

  it('requires a name in every file of the chain, reported in the file that lacks it', () => {
    expect(issueLines({
      'scenarios/base.yaml': yaml('# no name here', 'calendar:', '  years: 4'),
      'scenarios/child.yaml': yaml('name: child', 'extends: base'),
    }, 'child')).toEqual([
      'scenarios/base.yaml:1: name: missing; every scenario file needs its own name: add "name: <short name>" at the top',
    ]);
  });
});
