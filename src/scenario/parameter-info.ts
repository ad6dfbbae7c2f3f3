import { scenarioJsonSchema } from './json-schema.ts';

/** What the schema says about one parameter: the keys allowed inside it, its default and meaning. */
export interface ParameterInfo {
  readonly keys: readonly string[];
  readonly default: unknown;
  readonly description: string | undefined;
}

type JsonSchemaNode = Readonly<Record<string, unknown>>;

let cached: JsonSchemaNode | undefined;

/**
 * Looks a parameter up in the generated JSON Schema, which already carries every key, default
 * and description in plain data (walking zod's internals would tie this to zod's private shapes).
 * Returns undefined for a path the schema does not know.
 * @example parameterInfo(['workforce', 'assessment']).keys // ['establishmentFte', 'caseloadTarget', …]
 */
export function parameterInfo(path: readonly PropertyKey[]): ParameterInfo | undefined {
  cached ??= scenarioJsonSchema();
  let node: JsonSchemaNode | undefined = cached;
  for (const segment of path) {
    if (node === undefined) return undefined;
    node = childSchema(node, segment);
  }
  if (node === undefined) return undefined;
  const description = node['description'];
  return { keys: keysOf(node), default: node['default'], description: typeof description === 'string' ? description : undefined };
}

function childSchema(node: JsonSchemaNode, segment: PropertyKey): JsonSchemaNode | undefined {
  if (typeof segment === 'number') return asNode(node['items']);
  const properties = asNode(node['properties']);
  const own = properties?.[String(segment)];
  if (own !== undefined) return asNode(own);
  return asNode(node['additionalProperties']);
}

function keysOf(node: JsonSchemaNode): readonly string[] {
  const properties = asNode(node['properties']);
  if (properties !== undefined) return Object.keys(properties);
  const names = asNode(node['propertyNames'])?.['enum'];
  return Array.isArray(names) ? names.map(String) : [];
}

function asNode(value: unknown): JsonSchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonSchemaNode) : undefined;
}
