import { parseArgs } from 'node:util';
import { DateError, simDayOf, toLocalDate, type ChildId, type SimDay } from '../../domain/index.ts';
import { journeyHistory, type JourneyError, type JourneyStep } from '../../journey/index.ts';
import { evaluateClocks, type Clock } from '../../rules/index.ts';
import { eventLabel } from '../event-label.ts';
import { InputError, located } from '../input-error.ts';
import { readEventFile, type LocatedEvent } from '../ndjson.ts';

const USAGE = 'usage: drift journey FILE [--child ID] [--as-of YYYY-MM-DD] [--json]';

interface Output {
  write(text: string): unknown;
}

/** One child's replayed journey and clocks, ready to print. */
interface ChildReport {
  readonly child: ChildId;
  readonly steps: readonly JourneyStep[];
  readonly state: string;
  readonly clocks: readonly Clock[];
}

function parse(argv: readonly string[]): { file: string; asOf: SimDay | undefined; json: boolean; child: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { 'as-of': { type: 'string' }, json: { type: 'boolean', default: false }, child: { type: 'string' } },
    });
  } catch (error) {
    throw new InputError(`drift journey: ${(error as Error).message}; ${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new InputError(`drift journey: give exactly one event file; ${USAGE}`);
  let asOf: SimDay | undefined;
  const asOfText = parsed.values['as-of'];
  if (asOfText !== undefined) {
    try {
      asOf = simDayOf(asOfText);
    } catch (error) {
      if (error instanceof DateError) throw new InputError(`drift journey: --as-of: ${error.message}`);
      throw error;
    }
  }
  return { file, asOf, json: parsed.values.json, child: parsed.values.child };
}

function groupByChild(events: readonly LocatedEvent[]): Map<ChildId, LocatedEvent[]> {
  const children = new Map<ChildId, LocatedEvent[]>();
  for (const located of events) {
    const list = children.get(located.event.child);
    if (list === undefined) children.set(located.event.child, [located]);
    else list.push(located);
  }
  return children;
}

function explain(file: string, error: JourneyError): InputError {
  const legal = error.legal.length === 0 ? 'no event is legal there' : `legal next: ${error.legal.join(', ')}`;
  return new InputError(located(file, error.line, undefined,
    `child ${error.child}: ${error.eventType} on ${toLocalDate(error.day)} ${error.reason} in state ${error.state}; ${legal}`));
}

function statusText(clock: Clock): string {
  return clock.status === 'met' || clock.status === 'open' ? clock.status : clock.status.toUpperCase();
}

function renderText(report: ChildReport, asOf: SimDay | undefined): string {
  const lines: string[] = [];
  lines.push(`child ${report.child}: ${report.state}${asOf === undefined ? '' : ` (clocks as of ${toLocalDate(asOf)})`}`);
  lines.push('', `  ${'day'.padEnd(10)}  ${'event'.padEnd(38)}  state`);
  for (const step of report.steps) {
    lines.push(`  ${toLocalDate(step.event.day)}  ${eventLabel(step.event).padEnd(38)}  ${step.path}`);
  }
  lines.push('', `  ${'clock'.padEnd(28)}  ${'start'.padEnd(10)}  ${'due'.padEnd(10)}  ${'stop'.padEnd(10)}  ${'status'.padEnd(7)}  working days`);
  for (const clock of report.clocks) {
    const stop = clock.stop === undefined ? '—' : toLocalDate(clock.stop);
    lines.push(`  ${String(clock.ruleId).padEnd(28)}  ${toLocalDate(clock.start)}  ${toLocalDate(clock.due)}  ${stop.padEnd(10)}  ${statusText(clock).padEnd(7)}  ${clock.workingDays ?? '—'}`);
  }
  const count = (status: Clock['status']): number => report.clocks.filter((c) => c.status === status).length;
  lines.push('', `  ${report.clocks.length} clocks: ${count('met')} met, ${count('late')} late, ${count('open')} open, ${count('overdue')} overdue`, '');
  return lines.join('\n');
}

function toJson(report: ChildReport): object {
  return {
    child: report.child,
    state: report.state,
    clocks: report.clocks.map((c) => ({
      ruleId: c.ruleId,
      start: toLocalDate(c.start),
      due: toLocalDate(c.due),
      stop: c.stop === undefined ? null : toLocalDate(c.stop),
      status: c.status,
      workingDays: c.workingDays ?? null,
    })),
  };
}

/**
 * `drift journey FILE [--child ID]`: replays each child's events (or one child's) through the
 * journey machine and prints the state path over time and every statutory clock (trainers' view
 * of one journey). FILE may be a run's `events.ndjson`.
 */
export function journeyCommand(argv: readonly string[], out: Output): number {
  const { file, asOf, json, child: only } = parse(argv);
  const reports: ChildReport[] = [];
  const children = groupByChild(readEventFile(file));
  if (only !== undefined && !children.has(only as ChildId)) {
    throw new InputError(`drift journey: ${file} has no child "${only}"; its children include ${[...children.keys()].slice(0, 5).join(', ')}`);
  }
  for (const [child, located] of children) {
    if (only !== undefined && child !== only) continue;
    const events = located.map((l) => l.event);
    const history = journeyHistory(events, located.map((l) => l.line));
    if (history.error !== null) throw explain(file, history.error);
    const last = history.steps[history.steps.length - 1];
    reports.push({
      child,
      steps: history.steps,
      state: last?.path ?? 'unknown',
      clocks: evaluateClocks(events, asOf === undefined ? {} : { asOf }),
    });
  }
  if (json) out.write(`${JSON.stringify({ children: reports.map(toJson) }, null, 2)}\n`);
  else out.write(reports.map((r) => renderText(r, asOf)).join('\n'));
  return 0;
}
