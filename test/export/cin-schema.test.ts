/**
 * The 2023/24 CIN census export validates against CIN_schema_2024.xsd with xmllint (Debian
 * libxml2-utils, installed by .ci/run). That schema types NumberOfPreviousCPP as
 * xs:positiveInteger, which refuses 0, the most common value ("no previous plan"; the DfE census
 * counts previous plans from 0, rule 8730 only requires the item). So the export is checked
 * against the schema as given, where the only errors allowed are that item at 0, and against a
 * copy that differs only by nonNegativeInteger there, with none at all.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReturns } from '../../src/export/index.ts';
import { fixtureInput } from './support/fixture.ts';

/**
 * The DfE schema, kept with the tests (fixtures/xsd) so that a clone validates on its own; where the
 * shared references sit beside the repository (as in CI: `../shared`), the copy must equal theirs.
 */
const XSD = join(import.meta.dirname, 'fixtures', 'xsd', 'CIN_schema_2024.xsd');
const SHARED_XSD = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'xsd', 'CIN_schema_2024.xsd');
const dir = mkdtempSync(join(tmpdir(), 'drift-cin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function xmllint(xml: string, xsd: string): string[] {
  try {
    execFileSync('xmllint', ['--noout', '--schema', xsd, xml], { stdio: 'pipe' });
    return [];
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    return stderr.split('\n').filter((l) => l.includes('error'));
  }
}

describe('CIN census XML against CIN_schema_2024.xsd', () => {
  it.skipIf(!existsSync(SHARED_XSD))('uses a copy of the schema identical to the shared reference', () => {
    expect(readFileSync(XSD, 'utf8')).toBe(readFileSync(SHARED_XSD, 'utf8'));
  });

  const input = fixtureInput();
  const [file] = exportReturns(input.histories, { format: 'cin', year: 2024, laCode: '201', release: '0.1.0', covered: input.covered });
  const xml = join(dir, 'cin-census-2024.xml');
  writeFileSync(xml, file?.text ?? '');

  it('breaks the schema as given only where NumberOfPreviousCPP is 0', () => {
    const errors = xmllint(xml, XSD);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => !e.includes("Element 'NumberOfPreviousCPP': '0' is not a valid value of the atomic type 'xs:positiveInteger'"))).toEqual([]);
  });

  it('validates against the schema with NumberOfPreviousCPP allowed to be 0', () => {
    const text = readFileSync(XSD, 'utf8');
    const fixed = text.replace('name="NumberOfPreviousCPP" type="xs:positiveInteger"', 'name="NumberOfPreviousCPP" type="xs:nonNegativeInteger"');
    expect(fixed).not.toBe(text);
    const xsd = join(dir, 'CIN_schema_2024_previous_cpp_from_0.xsd');
    writeFileSync(xsd, fixed);
    expect(xmllint(xml, xsd)).toEqual([]);
  });
});
