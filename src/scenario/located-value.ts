/**
 * A parsed YAML value that remembers where each part was written. Locations survive `extends`
 * merging, so an issue found in the merged scenario still names the file and line the user must
 * edit, which may be a parent file.
 */

/** A file and 1-based line. */
export interface Location {
  readonly file: string;
  readonly line: number;
}

/**
 * A value with its location: for a mapping entry, the line of its key (where a user looks for
 * it, also when the value is a block below the key); for a list item, the line of the item.
 */
export type LocatedValue =
  | { readonly kind: 'map'; readonly at: Location; readonly entries: ReadonlyMap<string, LocatedValue> }
  | { readonly kind: 'seq'; readonly at: Location; readonly items: readonly LocatedValue[] }
  | { readonly kind: 'scalar'; readonly at: Location; readonly value: unknown };

/**
 * Deep-merges a child over its parent: mappings merge key by key, and lists and scalars in the
 * child replace the parent's whole (a list is one parameter, such as the 12 monthly factors).
 * @example mergeLocated(parentRoot, childRoot)
 */
export function mergeLocated(parent: LocatedValue, child: LocatedValue): LocatedValue {
  if (parent.kind !== 'map' || child.kind !== 'map') return child;
  const entries = new Map(parent.entries);
  for (const [key, value] of child.entries) {
    const inherited = entries.get(key);
    entries.set(key, inherited === undefined ? value : mergeLocated(inherited, value));
  }
  return { kind: 'map', at: child.at, entries };
}

/**
 * The plain value zod validates. Keys are defined as own properties so that a key such as
 * `__proto__` is reported as unrecognised rather than silently changing the object's prototype.
 * @example toPlain(root) // { name: 'baseline', calendar: { years: 3 } }
 */
export function toPlain(value: LocatedValue): unknown {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'seq':
      return value.items.map(toPlain);
    case 'map': {
      const object: Record<string, unknown> = {};
      for (const [key, entry] of value.entries) {
        Object.defineProperty(object, key, { value: toPlain(entry), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    default: {
      const unreachable: never = value;
      throw new Error(`unknown located value ${String(unreachable)}`);
    }
  }
}

/**
 * Where the value at `path` was written, or — when the path does not exist, as for a missing or
 * misspelt key — where its nearest enclosing value was written.
 * @example locate(root, ['workforce', 'assessment', 'caseloadTarget']) // { file: 'a.yaml', line: 7 }
 */
export function locate(root: LocatedValue, path: readonly PropertyKey[]): Location {
  let node = root;
  for (const segment of path) {
    const next = childAt(node, segment);
    if (next === undefined) break;
    node = next;
  }
  return node.at;
}

function childAt(node: LocatedValue, segment: PropertyKey): LocatedValue | undefined {
  switch (node.kind) {
    case 'map':
      return typeof segment === 'symbol' ? undefined : node.entries.get(String(segment));
    case 'seq':
      return typeof segment === 'number' ? node.items[segment] : undefined;
    case 'scalar':
      return undefined;
    default: {
      const unreachable: never = node;
      throw new Error(`unknown located value ${String(unreachable)}`);
    }
  }
}
