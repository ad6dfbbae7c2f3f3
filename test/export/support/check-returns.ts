/**
 * The test-side validator: runs every DfE rule check we implement over an export's files and
 * returns the violations. SSDA903 checks use last year's tables when the export has them.
 */
import { collectionYear, type ExportFile } from '../../../src/export/index.ts';
import { parseCsv, type Record903 } from './parse.ts';
import { checkAdoption } from './rules-903-adoption.ts';
import { checkEpisodes } from './rules-903-episodes.ts';
import { checkHeader, checkOutcomes, checkReviewsAndMissing, checkSwEpisodes, type Tables903 } from './rules-903-tables.ts';
import { checkCin } from './rules-cin.ts';
import { Violations, type Violation } from './violation.ts';

function tables903(files: readonly ExportFile[], year: number): Tables903 | undefined {
  const prefix = `ssda903-${year}/`;
  const mine = files.filter((f) => f.path.startsWith(prefix));
  if (mine.length === 0) return undefined;
  const out: Record<string, Record903[]> = {};
  for (const f of mine) out[f.path.slice(prefix.length).replace(/\.csv$/, '')] = parseCsv(f.text).rows;
  return out;
}

/** Every SSDA903 rule check for the year's tables (and last year's, when exported too). */
export function check903(files: readonly ExportFile[], year: number, laCode: string): Violation[] {
  const v = new Violations();
  const cy = collectionYear(year);
  const t = tables903(files, year);
  if (t === undefined) throw new Error(`no ssda903-${year} tables in the export`);
  const last = tables903(files, year - 1);
  const dobs = checkHeader(v, cy, t, last, laCode);
  checkEpisodes(v, cy, t['Episodes'] ?? [], dobs, last?.['Episodes']);
  checkReviewsAndMissing(v, cy, t, dobs);
  checkOutcomes(v, cy, t, dobs);
  checkAdoption(v, cy, t);
  if (year >= 2024) checkSwEpisodes(v, cy, t, last);
  if (last !== undefined) {
    const lastCy = collectionYear(year - 1);
    const lastDobs = checkHeader(v, lastCy, last, undefined, laCode);
    checkEpisodes(v, lastCy, last['Episodes'] ?? [], lastDobs, undefined);
  }
  return v.list;
}

/** Every CIN census rule check for the year's XML. */
export function checkCinFile(files: readonly ExportFile[], year: number, laCode: string): Violation[] {
  const v = new Violations();
  const file = files.find((f) => f.path === `cin-census-${year}.xml`);
  if (file === undefined) throw new Error(`no cin-census-${year}.xml in the export`);
  checkCin(v, collectionYear(year), file.text, laCode);
  return v.list;
}
