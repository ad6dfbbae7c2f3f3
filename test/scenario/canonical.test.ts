import { describe, expect, it } from 'vitest';
import { canonicalScenarioText, scenarioSchema } from '../../src/scenario/index.ts';
import { load, yaml } from './memory-source.ts';

describe('canonicalScenarioText', () => {
  it('is JSON with keys sorted at every level and lists kept in order', () => {
    const scenario = scenarioSchema.parse({ name: 'n' });
    const text = canonicalScenarioText(scenario);
    expect(JSON.parse(text)).toEqual(scenario);
    expect(text.startsWith('{"calendar":{"start":"2008-04-01","warmupYears":13,"years":3},"camhs":{')).toBe(true);
    expect(text).toContain('"seasonality":[1.05,1,1.05,0.95,1.05,1,0.85,0.8,1.05,1.1,1.1,0.95]');
    expect(text).toContain('"sources":{"1A":3,"1B":3,"1C":1,"2A":20,');
  });

  it('is the same for the same parameters whatever the layout, key order or extends chain', () => {
    const direct = load({ 'scenarios/a.yaml': yaml('name: same', 'workforce:', '  chairs: { count: 2, absenceRate: 0.1 }') }, 'a');
    const viaParent = load({
      'scenarios/p.yaml': yaml('name: p', 'workforce:', '  chairs:', '    absenceRate: 0.1'),
      'scenarios/a.yaml': yaml('# reordered', 'workforce:', '  chairs:', '    count: 2', 'extends: p', 'name: same'),
    }, 'a');
    const { extends: _parent, ...withoutExtends } = viaParent;
    expect(canonicalScenarioText(withoutExtends)).toBe(canonicalScenarioText(direct));
  });

  it('changes when any parameter changes', () => {
    const a = scenarioSchema.parse({ name: 'n' });
    const b = scenarioSchema.parse({ name: 'n', workforce: { iros: { count: 7 } } });
    expect(canonicalScenarioText(a)).not.toBe(canonicalScenarioText(b));
  });
});
