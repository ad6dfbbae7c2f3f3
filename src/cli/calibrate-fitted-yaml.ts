import type { Scenario } from '../scenario/index.ts';
import type { FitResult } from '../sim/calibrate/index.ts';

/** What the fitted file says about how it was made, besides the fit itself. */
export interface FittedFileInfo {
  readonly name: string;
  /** The file being written, as the user would name it in a command. */
  readonly file: string;
  readonly extendsReference: string;
  readonly targetsFile: string;
  readonly seed: number;
  readonly replications: number;
}

/** One key of the file: a nested mapping, or a value with the comments written above it. */
type Entry =
  | { readonly kind: 'map'; readonly entries: Map<string, Entry> }
  | { kind: 'value'; readonly value: unknown; readonly comments: string[] };

/**
 * The fitted scenario as YAML: it `extends` the scenario it was fitted from and sets only the
 * fitted values, each under a comment with its start and the objective before and after, so a
 * reader sees what the fit changed and by how much it helped. A fitted item of a list writes the
 * whole list (a list in a child file replaces the parent's whole).
 * @example fittedScenarioYaml(fit, { name: 'wsx-2015-fitted', file: 'out/wsx-2015-fitted.yaml', extendsReference: 'west-sussex-2015', targetsFile: 'x.targets.yaml', seed: 1, replications: 10 })
 */
export function fittedScenarioYaml(fit: FitResult, info: FittedFileInfo): string {
  const objective = `objective ${formatObjective(fit.startObjective)} → ${formatObjective(fit.fittedObjective)}`;
  const root: Entry & { kind: 'map' } = { kind: 'map', entries: new Map() };
  for (const { parameter, fitted } of fit.parameters) {
    const listAt = parameter.path.findIndex((segment) => typeof segment === 'number');
    const keys = (listAt === -1 ? parameter.path : parameter.path.slice(0, listAt)).map(String);
    const item = listAt === -1 ? '' : ` (item ${parameter.path.slice(listAt).join('.')})`;
    const comment = `fitted by drift calibrate fit${item}: start ${parameter.start}, ${objective}`;
    const value = listAt === -1 ? fitted : valueAt(fit.scenario, keys);
    place(root, keys, value, comment);
  }
  const lines = [
    `# Fitted by drift calibrate fit to the targets in ${info.targetsFile}: Nelder–Mead, ${fit.evaluations} evaluations`,
    `# of ${info.replications} replications each with seed ${info.seed} (common random numbers); ${objective}`,
    '# (the objective is the sum over targets of (difference ÷ tolerance)²).',
    `# Check it with: drift calibrate check ${info.file} ${info.targetsFile}`,
    `name: ${scalar(info.name)}`,
    `description: ${scalar(`${fit.scenario.name} with ${fit.parameters.length} parameter${fit.parameters.length === 1 ? '' : 's'} fitted to ${info.targetsFile}`)}`,
    `extends: ${scalar(info.extendsReference)}`,
    ...render(root, ''),
  ];
  return `${lines.join('\n')}\n`;
}

function place(root: Entry & { kind: 'map' }, keys: readonly string[], value: unknown, comment: string): void {
  let node = root;
  keys.forEach((key, i) => {
    const existing = node.entries.get(key);
    if (i === keys.length - 1) {
      if (existing?.kind === 'value') existing.comments.push(comment);
      else node.entries.set(key, { kind: 'value', value, comments: [comment] });
      return;
    }
    if (existing?.kind === 'map') {
      node = existing;
      return;
    }
    const child: Entry & { kind: 'map' } = { kind: 'map', entries: new Map() };
    node.entries.set(key, child);
    node = child;
  });
}

function render(node: Entry & { kind: 'map' }, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, entry] of node.entries) {
    if (entry.kind === 'map') {
      lines.push(`${indent}${yamlKey(key)}:`, ...render(entry, `${indent}  `));
    } else {
      lines.push(...entry.comments.map((c) => `${indent}# ${c}`), `${indent}${yamlKey(key)}: ${scalar(entry.value)}`);
    }
  }
  return lines;
}

function valueAt(scenario: Scenario, keys: readonly string[]): unknown {
  let value: unknown = scenario;
  for (const key of keys) value = (value as Readonly<Record<string, unknown>>)[key];
  return value;
}

/** A key as YAML: plain when it is a simple name, quoted otherwise (a code such as "4" must stay text). */
function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
}

/** A number, a list of numbers, or text (double-quoted, which YAML reads as JSON reads it). */
function scalar(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  return JSON.stringify(value);
}

/**
 * An objective for people: 4 significant digits.
 * @example formatObjective(12.34567) // '12.35'
 */
export function formatObjective(value: number): string {
  if (!Number.isFinite(value)) return 'none (invalid scenario)';
  return value === 0 ? '0' : String(Number(value.toPrecision(4)));
}
