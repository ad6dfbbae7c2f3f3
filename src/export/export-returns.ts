import type { SimDay } from '../domain/index.ts';
import { annexATables } from './annex-a/annex-a.ts';
import type { ChildHistory } from './child-history.ts';
import { cinCensusXml } from './cin/cin-xml.ts';
import { collectionYear, type CollectionYear } from './collection-year.ts';
import { toCsv } from './csv.ts';
import { ExportError } from './export-error.ts';
import { assignIdentities } from './identifiers.ts';
import { ssda903Tables } from './ssda903/export-903.ts';
import type { ExportFile, Table } from './table.ts';

/** The returns drift writes. */
export const RETURN_FORMATS = ['903', 'cin', 'annex-a'] as const;
export type ReturnFormat = (typeof RETURN_FORMATS)[number];

export interface ExportOptions {
  readonly format: ReturnFormat;
  /** The collection year, by the year it ends in (2024 = 2023/24). */
  readonly year: number;
  /** The 3-digit LA code for UPNs and the CIN header. */
  readonly laCode: string;
  /** The program version that wrote the run (CIN header `Release`). */
  readonly release: string;
  /** The simulated days the run covers, first day and the day after the last. */
  readonly covered: { readonly start: SimDay; readonly endExclusive: SimDay };
}

function covers(options: ExportOptions, cy: CollectionYear): boolean {
  return cy.start >= options.covered.start && cy.end < options.covered.endExclusive;
}

function coveredYears(options: ExportOptions): string {
  const years: number[] = [];
  for (let y = 1990; y <= 2100; y += 1) if (covers(options, collectionYear(y))) years.push(y);
  return years.length === 0 ? 'no whole collection year (1 April to 31 March); run more years' : `${years[0]}–${years[years.length - 1]}`;
}

function csvFiles(folder: string, tables: readonly Table[], file: (name: string) => string): ExportFile[] {
  return tables.map((t) => ({ path: `${folder}/${file(t.name)}`, text: toCsv(t.header, t.rows) }));
}

/**
 * Writes one return for one collection year from the children's histories: SSDA903 tables (with
 * the previous year's when the run covers it, so that continuity rules can run), the CIN census
 * XML, or Annex A Lists 1–10. Files come back in a fixed order with fixed names; the same
 * histories always give the same bytes.
 * @example exportReturns(histories, { format: 'cin', year: 2024, laCode: '201', release: '0.1.0', covered })
 */
export function exportReturns(histories: readonly ChildHistory[], options: ExportOptions): readonly ExportFile[] {
  if (!/^\d{3}$/.test(options.laCode)) {
    throw new ExportError(`--la ${options.laCode}: a local authority code is 3 digits (the DfE LA number, e.g. 201)`);
  }
  const cy = collectionYear(options.year);
  if (!covers(options, cy)) {
    throw new ExportError(`the run does not cover the ${cy.label} collection year (1 April ${options.year - 1} to 31 March ${options.year}); it covers ${coveredYears(options)}`);
  }
  const identities = assignIdentities(histories.map((h) => h.id), options.laCode);
  switch (options.format) {
    case '903': {
      const files = csvFiles(`ssda903-${cy.year}`, ssda903Tables(histories, identities, cy), (name) => `${name}.csv`);
      const previous = collectionYear(cy.year - 1);
      if (!covers(options, previous)) return files;
      return [...files, ...csvFiles(`ssda903-${previous.year}`, ssda903Tables(histories, identities, previous), (name) => `${name}.csv`)];
    }
    case 'cin':
      return [{ path: `cin-census-${cy.year}.xml`, text: cinCensusXml(histories, identities, cy, { laCode: options.laCode, release: options.release }) }];
    case 'annex-a':
      return csvFiles(`annex-a-${cy.year}`, annexATables(histories, identities, cy), (name) => `${name.replace(' ', '-').toLowerCase()}.csv`);
    default: {
      const unknownFormat: never = options.format;
      throw new Error(`unknown format ${String(unknownFormat)}`);
    }
  }
}
