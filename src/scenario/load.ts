import { calendarStartProblem } from './calendar-start.ts';
import { locate, mergeLocated, toPlain, type LocatedValue } from './located-value.ts';
import { readYaml } from './read-yaml.ts';
import { formatIssue, formatPath, ScenarioError, type ScenarioIssue } from './scenario-error.ts';
import type { ScenarioSource } from './scenario-source.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { explainZodIssue, type FoundIssue } from './zod-issues.ts';

type LocatedMap = LocatedValue & { readonly kind: 'map' };

/** One file of an `extends` chain, read but not yet validated. */
interface ScenarioFile {
  readonly file: string;
  readonly root: LocatedMap;
  /** The parent reference and the line of `extends:`, when the file names a usable one. */
  readonly parent: { readonly reference: string; readonly line: number } | undefined;
}

/** Keys that belong to one file and are never inherited: each file says what it is itself. */
const OWN_KEYS: ReadonlySet<string> = new Set(['name', 'description', 'extends']);

/**
 * Loads a scenario: reads the file and its `extends` chain, deep-merges them (mappings key by key;
 * lists and values in the child replace the parent's), validates the result once, and fills in
 * every default. Every problem is reported at once as `file:line: path: message`, in whichever
 * file of the chain the offending value was written.
 * @example loadScenario('scenarios/turnover-25.yaml', fileScenarioSource(SCENARIOS_DIR)).workforce.assessment.annualTurnover // 0.25
 * @throws ScenarioError listing every issue
 */
export function loadScenario(reference: string, source: ScenarioSource): Scenario {
  const { files, issues } = readChain(reference, source);
  const merged = mergeChain(files);
  const input = toPlain(merged);
  const result = scenarioSchema.safeParse(input);
  const found: FoundIssue[] = result.success ? [] : result.error.issues.flatMap((issue) => explainZodIssue(issue, input));
  const startProblem = calendarStartProblem(calendarStart(input));
  if (startProblem !== undefined) found.push({ path: ['calendar', 'start'], message: startProblem });
  for (const { path, message } of found) {
    const at = locate(merged, path);
    issues.push({ file: at.file, line: at.line, path: formatPath(path), message });
  }
  if (!result.success || issues.length > 0) throw new ScenarioError(sortIssues(issues, files));
  return result.data;
}

function readChain(reference: string, source: ScenarioSource): { files: ScenarioFile[]; issues: ScenarioIssue[] } {
  const files: ScenarioFile[] = [];
  const issues: ScenarioIssue[] = [];
  let child: ScenarioFile | undefined;
  let next: string | undefined = reference;
  while (next !== undefined) {
    const read = readSource(source, next, child);
    if (child?.parent !== undefined && files.some((f) => f.file === read.file)) {
      const chain = [...files.map((f) => f.file), read.file].join(' → ');
      throw new ScenarioError([{
        file: child.file, line: child.parent.line, path: 'extends',
        message: `"${next}" makes a cycle (${chain}); a scenario cannot extend itself or a scenario that extends it: remove one of these extends lines`,
      }]);
    }
    const parsed = readYaml(read.file, read.text);
    if (!parsed.ok) throw new ScenarioError(parsed.issues);
    const file = describeFile(read.file, parsed.root, issues);
    // The first file's name is checked by the schema; a parent's own name is dropped in the merge,
    // so it is checked here (every file must be able to stand alone in the runs database).
    if (files.length > 0) checkOwnName(file, issues);
    files.push(file);
    child = file;
    next = file.parent?.reference;
  }
  return { files, issues };
}

function readSource(source: ScenarioSource, reference: string, child: ScenarioFile | undefined): { file: string; text: string } {
  try {
    return source.read(reference, child?.file);
  } catch (error) {
    if (!(error instanceof ScenarioError) || child?.parent === undefined) throw error;
    throw new ScenarioError([{
      file: child.file, line: child.parent.line, path: 'extends',
      message: `cannot extend "${reference}": ${error.issues.map(formatIssue).join('; ')}`,
    }]);
  }
}

function describeFile(file: string, root: LocatedMap, issues: ScenarioIssue[]): ScenarioFile {
  const written = root.entries.get('extends');
  if (written === undefined) return { file, root, parent: undefined };
  const { line } = written.at;
  if (written.kind === 'scalar' && typeof written.value === 'string' && written.value.trim() !== '') {
    return { file, root, parent: { reference: written.value.trim(), line } };
  }
  const what = written.kind === 'scalar' && typeof written.value === 'string' ? 'is empty' : 'is not a scenario reference';
  issues.push({ file, line, path: 'extends', message: `${what}; write the name of a scenario in scenarios/ (e.g. extends: baseline) or a path to a .yaml file, or delete the line` });
  return { file, root: withoutKeys(root, new Set(['extends'])), parent: undefined };
}

function checkOwnName(file: ScenarioFile, issues: ScenarioIssue[]): void {
  const name = file.root.entries.get('name');
  if (name === undefined) {
    issues.push({ file: file.file, line: file.root.at.line, path: 'name', message: 'missing; every scenario file needs its own name: add "name: <short name>" at the top' });
  } else if (name.kind !== 'scalar' || typeof name.value !== 'string' || name.value === '') {
    issues.push({ file: file.file, line: name.at.line, path: 'name', message: 'must be a short piece of text such as "name: baseline"' });
  }
}

/** Merges from the furthest ancestor down to the file asked for; identity keys come from that file alone. */
function mergeChain(files: readonly ScenarioFile[]): LocatedValue {
  const [child, ...parents] = files;
  if (child === undefined) throw new Error('loadScenario: an extends chain always has its first file');
  let merged: LocatedValue | undefined;
  for (const parent of parents.reverse()) {
    const own = withoutKeys(parent.root, OWN_KEYS);
    merged = merged === undefined ? own : mergeLocated(merged, own);
  }
  return merged === undefined ? child.root : mergeLocated(merged, child.root);
}

function withoutKeys(root: LocatedMap, keys: ReadonlySet<string>): LocatedMap {
  return { kind: 'map', at: root.at, entries: new Map([...root.entries].filter(([key]) => !keys.has(key))) };
}

function calendarStart(input: unknown): unknown {
  const calendar = typeof input === 'object' && input !== null ? (input as Readonly<Record<string, unknown>>)['calendar'] : undefined;
  return typeof calendar === 'object' && calendar !== null ? (calendar as Readonly<Record<string, unknown>>)['start'] : undefined;
}

/** The file asked for first, then its parents in chain order; within a file, by line. */
function sortIssues(issues: readonly ScenarioIssue[], files: readonly ScenarioFile[]): ScenarioIssue[] {
  const rank = (file: string): number => {
    const index = files.findIndex((f) => f.file === file);
    return index === -1 ? files.length : index;
  };
  return [...issues].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
