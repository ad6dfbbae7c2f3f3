/**
 * Golden exports of the committed small run (house rule 11): the files change only when the
 * exporter does, on purpose. Update with `npx vitest run -u test/export/golden.test.ts` and say why
 * in the commit. The log is a fixture, not a live run, so simulator changes do not move them.
 */
import { describe, expect, it } from 'vitest';
import { exportReturns, RETURN_FORMATS } from '../../src/export/index.ts';
import { check903, checkCinFile } from './support/check-returns.ts';
import { fixtureInput } from './support/fixture.ts';
import { unexpected } from './support/known-issues.ts';

const exportOf = (format: (typeof RETURN_FORMATS)[number]) => {
  const input = fixtureInput();
  return exportReturns(input.histories, { format, year: 2024, laCode: '201', release: input.header?.version ?? '', covered: input.covered });
};

describe('golden exports of the small seeded run (fixtures/small-run.ndjson, 2023/24, LA 201)', () => {
  for (const format of RETURN_FORMATS) {
    it(`writes the same ${format} files`, async () => {
      const files = exportOf(format);
      for (const file of files) await expect(file.text).toMatchFileSnapshot(`__golden__/${file.path}`);
      expect(files.map((f) => f.path)).toMatchSnapshot();
    });
  }

  it('gives the same bytes twice (deterministic output)', () => {
    expect(exportOf('903')).toEqual(exportOf('903'));
  });

  it('gives files that break no DfE rule we check, beyond the known simulator issues', () => {
    expect(unexpected(check903(exportOf('903'), 2024, '201'))).toEqual([]);
    expect(unexpected(checkCinFile(exportOf('cin'), 2024, '201'))).toEqual([]);
  });

  it('gives each child the same identifiers, date of birth, sex and ethnicity in every file', () => {
    const header = exportOf('903').find((f) => f.path === 'ssda903-2024/Header.csv')?.text.split('\n').slice(1).filter((l) => l !== '') ?? [];
    const cin = exportOf('cin')[0]?.text ?? '';
    const list8 = exportOf('annex-a').find((f) => f.path.endsWith('list-8.csv'))?.text ?? '';
    expect(header.length).toBeGreaterThan(5);
    for (const line of header) {
      const [child, sex, dob, ethnic, upn] = line.split(',');
      const [d, m, y] = (dob ?? '').split('/');
      expect(cin).toContain(`<LAchildID>${child}</LAchildID>\n        <UPN>${upn}</UPN>\n        <PersonBirthDate>${y}-${m}-${d}</PersonBirthDate>\n        <GenderCurrent>${sex}</GenderCurrent>`);
      const row = list8.split('\n').find((l) => l.startsWith(`${child},`));
      if (row !== undefined) expect(row.startsWith(`${child},${sex === '1' ? 'a) Male' : 'b) Female'},${ethnic},${dob},`)).toBe(true);
    }
    expect(list8.split('\n').length).toBeGreaterThan(5);
  });
});
