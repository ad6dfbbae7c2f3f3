import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileScenarioSource } from '../../src/cli/scenario-files.ts';
import { loadScenario, ScenarioError } from '../../src/scenario/index.ts';
import { tempDir } from '../support/temp-dir.ts';

function workspace(): string {
  const root = tempDir('scenarios');
  mkdirSync(join(root, 'scenarios'));
  mkdirSync(join(root, 'what-if', 'parts'), { recursive: true });
  writeFileSync(join(root, 'scenarios', 'baseline.yaml'), 'name: baseline\ncalendar:\n  years: 4\n');
  writeFileSync(join(root, 'scenarios', 'lean.yaml'), 'name: lean\nextends: baseline\n');
  writeFileSync(join(root, 'what-if', 'parts', 'common.yaml'), 'name: common\nextends: lean\nworkforce:\n  chairs:\n    count: 2\n');
  writeFileSync(join(root, 'what-if', 'chairs.yaml'), 'name: chairs\nextends: parts/common.yaml\n');
  return root;
}

const issuesOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('expected a ScenarioError');
};

describe('fileScenarioSource', () => {
  it('reads bare names from the scenarios folder and paths relative to the referring file', () => {
    const root = workspace();
    const source = fileScenarioSource(join(root, 'scenarios'), root);
    expect(source.read('baseline')).toEqual({ file: join('scenarios', 'baseline.yaml'), text: 'name: baseline\ncalendar:\n  years: 4\n' });
    expect(source.read('parts/common.yaml', join('what-if', 'chairs.yaml')).file).toBe(join('what-if', 'parts', 'common.yaml'));
    const scenario = loadScenario('what-if/chairs.yaml', source);
    expect([scenario.calendar.years, scenario.workforce.chairs.count, scenario.extends]).toEqual([4, 2, 'parts/common.yaml']);
  });

  it('shows absolute paths for files outside the working directory', () => {
    const root = workspace();
    const source = fileScenarioSource(join(root, 'scenarios'), join(root, 'what-if'));
    expect(source.read('baseline').file).toBe(join(root, 'scenarios', 'baseline.yaml'));
  });

  it('names the scenarios that exist when a bare name is missing', () => {
    const root = workspace();
    const source = fileScenarioSource(join(root, 'scenarios'), root);
    expect(issuesOf(() => source.read('basline'))).toEqual([{
      file: join('scenarios', 'basline.yaml'), line: 0, path: '',
      message: 'no scenario named "basline"; scenarios holds: baseline, lean (or give a path to a .yaml file)',
    }]);
  });

  it('reports a missing parent path on the extends line of the child', () => {
    const root = workspace();
    writeFileSync(join(root, 'what-if', 'broken.yaml'), 'name: broken\nextends: parts/nope.yaml\n');
    const source = fileScenarioSource(join(root, 'scenarios'), root);
    expect(() => loadScenario('what-if/broken.yaml', source)).toThrow(
      'what-if/broken.yaml:2: extends: cannot extend "parts/nope.yaml": what-if/parts/nope.yaml: no such file; check the path (a path in extends is relative to the file that names it)',
    );
  });
});
