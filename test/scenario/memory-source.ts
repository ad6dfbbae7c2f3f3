import { posix } from 'node:path';
import { loadScenario, ScenarioError, type Scenario, type ScenarioSource } from '../../src/scenario/index.ts';

/**
 * An in-memory ScenarioSource with the same reference rules as the file one: a bare name is
 * scenarios/<name>.yaml, a path is relative to the referring file's folder.
 */
export function memorySource(files: Readonly<Record<string, string>>): ScenarioSource {
  return {
    read(reference, from) {
      const bare = !reference.includes('/') && !/\.ya?ml$/.test(reference);
      const file = bare ? `scenarios/${reference}.yaml` : posix.normalize(from === undefined ? reference : posix.join(posix.dirname(from), reference));
      const text = files[file];
      if (text === undefined) throw new ScenarioError([{ file, line: 0, path: '', message: 'no such file' }]);
      return { file, text };
    },
  };
}

/** Loads `reference` and returns the issue lines it fails with (fails the test if it loads). */
export function issueLines(files: Readonly<Record<string, string>>, reference: string): string[] {
  try {
    loadScenario(reference, memorySource(files));
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  throw new Error(`expected ${reference} to fail to load`);
}

/** Loads `reference` from in-memory files. */
export function load(files: Readonly<Record<string, string>>, reference: string): Scenario {
  return loadScenario(reference, memorySource(files));
}

/** Joins lines into a YAML text (keeps line numbers in tests easy to count). */
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
