import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaCommand } from '../../src/cli/commands/schema.ts';
import { InputError } from '../../src/cli/input-error.ts';
import { SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/index.ts';
import { tempDir } from '../support/temp-dir.ts';

function run(argv: string[], target?: string): string {
  let text = '';
  schemaCommand(argv, { write: (chunk: string) => (text += chunk) }, target);
  return text;
}

describe('JSON Schema for editors', () => {
  it('scenarios/schema.json is the generated schema (it cannot go stale)', () => {
    const committed = readFileSync(join(SCENARIOS_DIR, 'schema.json'), 'utf8');
    expect(committed, 'scenarios/schema.json is out of date with src/scenario/schema*.ts: run `drift schema --write` and commit the result')
      .toBe(scenarioJsonSchemaText());
  });

  it('describes the input: only name is required, every parameter has a description and a default', () => {
    const schema = scenarioJsonSchema() as { required: string[]; $id: string; title: string; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['name']);
    expect([schema.$id, schema.title]).toEqual(['urn:drift:scenario', 'drift scenario']);
    const undocumented: string[] = [];
    const visit = (node: Record<string, unknown>, path: string): void => {
      const properties = node['properties'] as Record<string, Record<string, unknown>> | undefined;
      if (path !== '' && node['description'] === undefined) undocumented.push(path);
      if (properties === undefined) return;
      for (const [key, child] of Object.entries(properties)) visit(child, path === '' ? key : `${path}.${key}`);
    };
    visit(schema as unknown as Record<string, unknown>, '');
    expect(undocumented).toEqual([]);
  });

  it('drift schema prints it; --write writes it through a temporary file, then reports it up to date', () => {
    expect(run([])).toBe(scenarioJsonSchemaText());
    const target = join(tempDir('schema'), 'schema.json');
    writeFileSync(target, '{}\n');
    expect(run(['--write'], target)).toBe(`wrote ${target}\n`);
    expect(readFileSync(target, 'utf8')).toBe(scenarioJsonSchemaText());
    expect(run(['--write'], target)).toBe(`${target} is up to date\n`);
  });

  it('refuses unknown flags with the usage', () => {
    expect(() => run(['--writ'])).toThrow(InputError);
    expect(() => run(['--writ'])).toThrow(/usage: drift schema \[--write\]/);
  });
});
