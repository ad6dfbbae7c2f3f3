import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/commands/replay.ts';
import { InputError } from '../../src/cli/input-error.ts';
import { scenarioHash } from '../../src/cli/run-identity.ts';
import { loadRunScenario } from '../../src/cli/run-options.ts';
import { canonicalScenarioText, type Scenario } from '../../src/scenario/index.ts';
import { createLogHeader, encodeHeaderLine, type LogHeaderRun } from '../../src/store/index.ts';
import { capture, workDir } from './support.ts';

const CONTACT = '{"type":"contact.received","day":"2017-05-02","child":"C1","data":{"source":"2A","dob":"2012-03-04","sex":"F"}}';
const LATER = '{"type":"contact.received","day":"2017-06-01","child":"C2","data":{"source":"8","dob":"2010-01-01","sex":"M"}}';

describe('drift replay: what it refuses, and where', () => {
  let cwd: string;
  let scenario: Scenario;
  let header: (changes?: Partial<LogHeaderRun>) => string;

  beforeAll(() => {
    cwd = workDir();
    scenario = loadRunScenario('small.yaml', undefined, cwd);
    const run: LogHeaderRun = {
      version: '0.1.0', scenario: 'small', scenarioHash: scenarioHash(scenario), seed: 1, replication: 1,
      scenarioDefinition: JSON.parse(canonicalScenarioText(scenario)) as Record<string, unknown>,
    };
    header = (changes = {}) => encodeHeaderLine(createLogHeader({ ...run, ...changes }));
  });

  function replay(name: string, lines: readonly string[], json = true): string {
    writeFileSync(join(cwd, name), `${lines.join('\n')}\n`);
    const { out, context } = capture(cwd);
    replayCommand([name, ...(json ? ['--json'] : [])], out, context);
    return out.text;
  }

  function refusal(name: string, lines: readonly string[]): string {
    try {
      replay(name, lines);
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
    throw new Error('expected replay to refuse the log');
  }

  it('folds a hand-written log: two contacts in May and June of the report year', () => {
    const report = JSON.parse(replay('two.ndjson', [header(), CONTACT, '', LATER])) as { years: { values: Record<string, unknown> }[]; months: { label: string; values: Record<string, unknown> }[] };
    expect(report.years[0]?.values['contacts']).toBe(2);
    expect(report.months.slice(0, 3).map((m) => [m.label, m.values['contacts']])).toEqual([['2017-04', 0], ['2017-05', 1], ['2017-06', 1]]);
  });

  it('refuses a header whose hash does not match its scenario', () => {
    expect(refusal('hash.ndjson', [header({ scenarioHash: 'ab12' }), CONTACT])).toBe(
      `hash.ndjson:1: header.scenarioHash: ab12 does not match the scenario in the header (which hashes to ${scenarioHash(scenario)}); the log was edited or damaged: run the scenario again`,
    );
  });

  it('refuses a header whose scenario fails the schema, naming the parameter', () => {
    const definition = JSON.parse(canonicalScenarioText(scenario)) as { calendar: Record<string, unknown> };
    definition.calendar['years'] = 0;
    expect(refusal('schema.ndjson', [header({ scenarioDefinition: definition }), CONTACT])).toMatch(
      /^schema\.ndjson:1: header\.scenarioDefinition\.calendar\.years: .*; the header was edited or written by another drift version: run the scenario again$/,
    );
  });

  it('refuses a header without the scenario, since the log cannot be replayed alone', () => {
    const bare = JSON.stringify({ header: { ...(JSON.parse(header()) as { header: Record<string, unknown> }).header, scenarioDefinition: undefined } });
    expect(refusal('old.ndjson', [bare, CONTACT])).toBe(
      'old.ndjson:1: header.scenarioDefinition: missing, so the log cannot be replayed on its own (it was written before logs carried their scenario); run the scenario again with drift run',
    );
  });

  it.each([
    ['an event before the header', [CONTACT], 'x.ndjson:1: an event before the header line; replay needs the events.ndjson that drift run wrote, header first'],
    ['a second header', ['H', CONTACT, 'H'], 'x.ndjson:3: header: a second header; a log holds one replication, with its header on the first line (were two logs joined?)'],
    ['events out of date order', ['H', LATER, CONTACT], 'x.ndjson:3: day: 2017-05-02 is before the previous event (2017-06-01); a log\'s events are in date order'],
    ['a field that is wrong', ['H', CONTACT.replace('"2A"', '"ZZ"')], 'x.ndjson:2: data.source: expected one of'],
    ['no header at all', [''], 'x.ndjson: no header line, so this is not a drift event log; give the events.ndjson that drift run wrote'],
  ])('refuses %s', (_what, lines, message) => {
    const text = refusal('x.ndjson', lines.map((line) => (line === 'H' ? header() : line)));
    expect(text.slice(0, message.length)).toBe(message);
  });

  it('refuses a missing file with the path and what to check', () => {
    const { out, context } = capture(cwd);
    expect(() => replayCommand(['nope.ndjson'], out, context)).toThrow(new InputError('nope.ndjson: cannot read the file (ENOENT); check the path'));
  });
});
