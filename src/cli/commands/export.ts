import { dirname, resolve } from 'node:path';
import { ExportError, exportReturns, RETURN_FORMATS, type ReturnFormat } from '../../export/index.ts';
import { AtomicFiles } from '../atomic-write.ts';
import { processContext, type CliContext, type Output } from '../context.ts';
import { eventLogPath, readExportInput } from '../export-log-reader.ts';
import { InputError } from '../input-error.ts';
import { listenForInterrupt } from '../interrupt.ts';
import { programVersion } from '../run-identity.ts';
import { parseFlags } from '../run-options.ts';

const USAGE = 'usage: drift export --format 903|cin|annex-a --year YYYY [--la CODE] RUN --out DIR';

/**
 * The LA code when --la is not given. A UPN's characters 2–4 must be a recognised LA code (CIN
 * rule 1530), so the default is a real one, 201; give your own authority's number with --la.
 */
export const DEFAULT_LA_CODE = '201';

function parse(argv: readonly string[]): { format: ReturnFormat; year: number; la: string; run: string; out: string } {
  const { values, positionals } = parseFlags('export', USAGE, {
    args: [...argv], allowPositionals: true,
    options: { format: { type: 'string' }, year: { type: 'string' }, la: { type: 'string' }, out: { type: 'string' } },
  });
  const [run, ...extra] = positionals;
  if (run === undefined || extra.length > 0) throw new InputError(`drift export: give exactly one run folder or event log; ${USAGE}`);
  const format = values.format;
  if (format === undefined || !(RETURN_FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`drift export: --format must be one of ${RETURN_FORMATS.join(', ')}${format === undefined ? '' : `, not "${format}"`}; ${USAGE}`);
  }
  const yearText = values.year;
  if (yearText === undefined || !/^\d{4}$/.test(yearText)) {
    throw new InputError(`drift export: --year is the year a collection ends in, e.g. 2024 for 2023/24${yearText === undefined ? '' : `, not "${yearText}"`}; ${USAGE}`);
  }
  if (values.out === undefined) throw new InputError(`drift export: --out DIR is required (the folder the files go in); ${USAGE}`);
  return { format: format as ReturnFormat, year: Number(yearText), la: values.la ?? DEFAULT_LA_CODE, run, out: values.out };
}

/**
 * `drift export`: writes a statutory return for one collection year from a run's event log:
 * SSDA903 CSV tables (and the previous year's), the CIN census XML or Annex A lists. The files
 * appear together or not at all (temporary files renamed into place).
 * @example exportCommand(['--format', 'cin', '--year', '2024', 'out/baseline-seed1', '--out', 'returns'], process.stdout)
 */
export function exportCommand(argv: readonly string[], out: Output, context: CliContext = processContext()): number {
  const options = parse(argv);
  const log = eventLogPath(resolve(context.cwd, options.run), options.run);
  const input = readExportInput(log.path, log.shown);
  let files;
  try {
    files = exportReturns(input.histories, {
      format: options.format, year: options.year, laCode: options.la, release: input.header?.version ?? programVersion(), covered: input.covered,
    });
  } catch (error) {
    if (error instanceof ExportError) throw new InputError(`drift export: ${error.message}`);
    throw error;
  }
  const outDir = resolve(context.cwd, options.out);
  const sets = new Map<string, AtomicFiles>();
  const interrupt = listenForInterrupt(() => { for (const set of sets.values()) set.discard(); });
  try {
    for (const file of files) {
      const folder = dirname(resolve(outDir, file.path));
      let set = sets.get(folder);
      if (set === undefined) {
        set = new AtomicFiles(folder);
        sets.set(folder, set);
      }
      set.writeFile(file.path.slice(file.path.lastIndexOf('/') + 1), file.text);
    }
    for (const set of sets.values()) set.commit();
  } catch (error) {
    for (const set of sets.values()) set.discard();
    throw error;
  } finally {
    interrupt.dispose();
  }
  const lines = files.map((f) => `  ${f.path}  ${f.path.endsWith('.xml') ? `${f.text.split('<Child>').length - 1} children` : `${f.text.split('\n').length - 2} rows`}`);
  out.write(`wrote ${options.out}/ (${options.format}, ${options.year - 1}/${String(options.year % 100).padStart(2, '0')}, LA ${options.la}, ${input.histories.length} children in the log)\n${lines.join('\n')}\n`);
  return 0;
}
