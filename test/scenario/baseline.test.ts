import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { canonicalScenarioText, loadScenario, scenarioSchema } from '../../src/scenario/index.ts';
import { uncommentedParameters } from './comments.ts';
import { load } from './memory-source.ts';

const BASELINE = join(SCENARIOS_DIR, 'baseline.yaml');
const text = readFileSync(BASELINE, 'utf8');

describe('scenarios/baseline.yaml', () => {
  const baseline = loadScenario('baseline', fileScenarioSource(SCENARIOS_DIR));
  const defaults = scenarioSchema.parse({ name: 'baseline', description: baseline.description });

  it('loads, and equals the schema defaults: the defaults are the baseline', () => {
    expect(baseline).toEqual(defaults);
    expect(canonicalScenarioText(baseline)).toBe(canonicalScenarioText(defaults));
    expect(baseline.description).not.toBe('');
  });

  it('writes every parameter out rather than leaving it to a default', () => {
    // Equality above would also hold for an empty file; the raw YAML must hold every key itself.
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(defaults)));
  });

  it('round-trips: the loaded scenario written back as YAML loads to the same scenario', () => {
    const again = load({ 'scenarios/copy.yaml': stringify(baseline) }, 'copy');
    expect(again).toEqual(baseline);
  });

  it('names the JSON Schema on its first line, for editors', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
  });

  it('has a comment for every parameter and section', () => {
    expect(uncommentedParameters(text)).toEqual([]);
  });

  it('the comment check notices a missing comment (above, first-in-block and end-of-line kinds)', () => {
    const stripped = text
      .replace(/^ {2}# collection years reported after the warm-up.*\n/m, '')
      .replace(/^ {4}# funded social worker posts \(full-time equivalents\)\n(?= {4}establishmentFte: 38\n)/m, '')
      .replace(/('1C': 1) +# individual: self/, '$1');
    expect(stripped).not.toBe(text);
    expect(uncommentedParameters(stripped)).toEqual([
      'calendar.years',
      'demand.sources.1C',
      'workforce.assessment.establishmentFte',
    ]);
  });
});
