import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import type { LocatedValue, Location } from './located-value.ts';
import { formatPath, type ScenarioIssue } from './scenario-error.ts';

/** A scenario file read into located values, or every reason it could not be. */
export type ReadYamlResult =
  | { readonly ok: true; readonly root: LocatedValue & { readonly kind: 'map' } }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

const ONE_MAPPING = 'a scenario file is a YAML mapping of parameters; start with "name: <short name>" (see scenarios/baseline.yaml)';

/**
 * Parses one scenario file with the `yaml` package, keeping the line of every key and list item.
 * Syntax errors, duplicate keys and unknown tags are issues on the line where they occur.
 * @example readYaml('scenarios/a.yaml', 'name: a\nextends: baseline\n')
 */
export function readYaml(file: string, text: string): ReadYamlResult {
  const lines = new LineCounter();
  // uniqueKeys (the default) makes a repeated key an error rather than letting the last one win.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number): number => lines.linePos(offset).line;
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return { ok: false, issues: problems.map((p) => ({ file, line: lineOf(p.pos[0]), path: '', message: yamlMessage(p, text) })) };
  }
  const contents = doc.contents;
  if (!isMap(contents)) {
    const line = contents?.range === undefined || contents.range === null ? 1 : lineOf(contents.range[0]);
    return { ok: false, issues: [{ file, line, path: '', message: ONE_MAPPING }] };
  }
  const issues: ScenarioIssue[] = [];
  const root = new Converter(file, doc, lineOf, issues).convert(contents, { file, line: 1 }, []);
  if (issues.length > 0 || root.kind !== 'map') return { ok: false, issues };
  return { ok: true, root };
}

/** Turns yaml's message into one that says what to do. */
function yamlMessage(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0].trim() ?? '';
      return `duplicate key ${JSON.stringify(key)}; a key may appear once in a mapping: keep one and delete the other`;
    }
    case 'MULTIPLE_DOCS':
      return 'a scenario file holds one YAML document; remove the "---" separator and what follows, or move it to a file of its own';
    case 'TAG_RESOLVE_FAILED':
      return `${error.message}; scenario files use plain values: remove the tag`;
    default:
      return `YAML syntax: ${error.message}`;
  }
}

class Converter {
  /** Nodes being converted, to refuse an alias that refers to its own ancestor (`&a [*a]`). */
  private readonly active = new Set<unknown>();

  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lineOf: (offset: number) => number,
    private readonly issues: ScenarioIssue[],
  ) {}

  convert(node: unknown, at: Location, path: readonly PropertyKey[]): LocatedValue {
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === undefined) return this.fail(at, path, `alias *${node.source} has no anchor &${node.source} above it; define the anchor first or write the value`);
      if (this.active.has(target)) return this.fail(at, path, `alias *${node.source} refers to the value that contains it; write the value out`);
      return this.convert(target, at, path);
    }
    if (isScalar(node)) return { kind: 'scalar', at, value: node.value };
    this.active.add(node);
    try {
      if (isSeq(node)) {
        const items = node.items.map((item, index) => this.convert(item, this.at(item, at), [...path, index]));
        return { kind: 'seq', at, items };
      }
      if (isMap(node)) {
        const entries = new Map<string, LocatedValue>();
        for (const pair of node.items) {
          const keyAt = this.at(pair.key, at);
          if (!isScalar(pair.key)) {
            this.fail(keyAt, path, 'keys must be plain names such as caseloadTarget; write the key without [ ], { } or *');
            continue;
          }
          // The key as written: `4:` is the referral-source code "4", not the number 4.
          const key = typeof pair.key.value === 'string' ? pair.key.value : (pair.key.source ?? String(pair.key.value));
          entries.set(key, pair.value === null ? { kind: 'scalar', at: keyAt, value: null } : this.convert(pair.value, keyAt, [...path, key]));
        }
        return { kind: 'map', at, entries };
      }
    } finally {
      this.active.delete(node);
    }
    return this.fail(at, path, 'unsupported YAML value; write a number, text, true/false, a list or a mapping');
  }

  private at(node: unknown, fallback: Location): Location {
    const range = (node as YamlNode | null)?.range;
    return range === undefined || range === null ? fallback : { file: this.file, line: this.lineOf(range[0]) };
  }

  private fail(at: Location, path: readonly PropertyKey[], message: string): LocatedValue {
    this.issues.push({ file: at.file, line: at.line, path: formatPath(path), message });
    return { kind: 'scalar', at, value: null };
  }
}
