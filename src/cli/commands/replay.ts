import { resolve } from 'node:path';
import { EventFormatError, toLocalDate } from '../../domain/index.ts';
import { kpiProjectionFor } from '../../sim/run-replication.ts';
import { canonicalScenarioText, formatPath, scenarioSchema } from '../../scenario/index.ts';
import { decodeLogLine, type KpiProjection, type LogHeader, type LogLine } from '../../store/index.ts';
import { processContext, type CliContext, type Output } from '../context.ts';
import { InputError, located } from '../input-error.ts';
import { renderKpiTable, reportTableYears } from '../kpi-table.ts';
import { forEachLine } from '../line-reader.ts';
import { reportJsonText } from '../run-files.ts';
import { programVersion, sha256 } from '../run-identity.ts';
import { parseFlags } from '../run-options.ts';

const USAGE = 'usage: drift replay DIR/events.ndjson [--json]';

/**
 * Checks a log header's scenario and builds the KPI projection it describes: the scenario must
 * pass the schema and hash to the header's scenarioHash (the same sha256 `drift run` computed),
 * or the KPIs could not be trusted to be the run's.
 */
function projectionFor(file: string, line: number, header: LogHeader): KpiProjection {
  const definition = header.scenarioDefinition;
  if (definition === undefined) {
    throw new InputError(located(file, line, 'header.scenarioDefinition',
      'missing, so the log cannot be replayed on its own (it was written before logs carried their scenario); run the scenario again with drift run'));
  }
  const parsed = scenarioSchema.safeParse(definition);
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((issue) => {
      const path = formatPath(['header', 'scenarioDefinition', ...issue.path]);
      return located(file, line, path, `${issue.message}; the header was edited or written by another drift version: run the scenario again`);
    }).join('\n'));
  }
  const hash = sha256(canonicalScenarioText(parsed.data));
  if (hash !== header.scenarioHash) {
    throw new InputError(located(file, line, 'header.scenarioHash',
      `${header.scenarioHash} does not match the scenario in the header (which hashes to ${hash}); the log was edited or damaged: run the scenario again`));
  }
  return kpiProjectionFor(parsed.data);
}

/** What a replay read: the header, its KPI report and how many events were folded. */
interface Replayed {
  readonly header: LogHeader;
  readonly projection: KpiProjection;
  readonly events: number;
}

function replay(path: string, file: string): Replayed {
  let header: LogHeader | undefined;
  let projection: KpiProjection | undefined;
  let events = 0;
  let lastDay = Number.NEGATIVE_INFINITY;
  forEachLine(path, (text, line) => {
    let decoded: LogLine;
    try {
      decoded = decodeLogLine(text);
    } catch (error) {
      if (error instanceof EventFormatError) throw new InputError(located(file, line, undefined, error.message));
      throw error;
    }
    switch (decoded.kind) {
      case 'blank':
        return;
      case 'header':
        if (header !== undefined) {
          throw new InputError(located(file, line, 'header', 'a second header; a log holds one replication, with its header on the first line (were two logs joined?)'));
        }
        header = decoded.header;
        projection = projectionFor(file, line, header);
        return;
      case 'event': {
        if (projection === undefined) {
          throw new InputError(located(file, line, undefined, 'an event before the header line; replay needs the events.ndjson that drift run wrote, header first'));
        }
        const { day } = decoded.event;
        // The projection takes month-end snapshots as days pass; a step back would corrupt them.
        if (day < lastDay) {
          throw new InputError(located(file, line, 'day', `${toLocalDate(day)} is before the previous event (${toLocalDate(lastDay as typeof day)}); a log's events are in date order`));
        }
        lastDay = day;
        projection.apply(decoded.event);
        events += 1;
        return;
      }
      default: {
        const unknownLine: never = decoded;
        throw new Error(`unknown log line ${JSON.stringify(unknownLine)}`);
      }
    }
  }, file);
  if (header === undefined || projection === undefined) {
    throw new InputError(`${file}: no header line, so this is not a drift event log; give the events.ndjson that drift run wrote`);
  }
  return { header, projection, events };
}

/**
 * `drift replay LOG`: rebuilds one replication's KPIs from its event log alone (the header holds
 * the resolved scenario) and prints the KPI table, or with --json the report, byte for byte the
 * replication-1.kpis.json the run wrote. A bad line stops it with `FILE:LINE: path: message`.
 * @example replayCommand(['out/baseline-seed1/events.ndjson', '--json'], process.stdout) // 0
 */
export function replayCommand(argv: readonly string[], out: Output, context: CliContext = processContext()): number {
  const { values, positionals } = parseFlags('replay', USAGE, {
    args: [...argv], allowPositionals: true, options: { json: { type: 'boolean', default: false } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new InputError(`drift replay: give exactly one event log; ${USAGE}`);
  const { header, projection, events } = replay(resolve(context.cwd, file), file);
  const report = projection.finish();
  if (header.version !== programVersion()) {
    // D9 promises identical KPIs for the same program version only; say so rather than stay silent.
    context.stderr.write(`drift replay: note: ${file} was written by drift ${header.version}, this is drift ${programVersion()}; KPI definitions may differ\n`);
  }
  if (values.json) {
    out.write(reportJsonText(report));
    return 0;
  }
  out.write(renderKpiTable({
    heading: [
      `replay of ${file}: ${header.scenario}: scenario ${header.scenarioHash.slice(0, 12)}, seed ${header.seed}, replication ${header.replication}, ${events} events, drift ${header.version}`,
      'KPIs per collection year of this one replication (no intervals: drift run gives means over replications)',
    ],
    intervals: false,
    years: reportTableYears(report),
  }));
  return 0;
}
