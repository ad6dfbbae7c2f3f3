/** The committed small event log (fixtures/make-fixture.ts) read into histories, as drift export reads a log. */
import { readExportInput, type ExportInput } from '../../../src/cli/export-log-reader.ts';

export const FIXTURE_LOG = 'test/export/fixtures/small-run.ndjson';

let cached: ExportInput | undefined;

export function fixtureInput(): ExportInput {
  cached ??= readExportInput(FIXTURE_LOG, FIXTURE_LOG);
  return cached;
}
