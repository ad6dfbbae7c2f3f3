import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

/** The schema's identifier; editors find the file through the `$schema` comment, not through this. */
export const SCENARIO_SCHEMA_ID = 'urn:drift:scenario';

/**
 * The JSON Schema of a scenario file, for editors (completion, hover text from each `.describe()`,
 * red underlines). It describes the input side, so parameters with defaults are optional. Draft 7
 * is chosen because the YAML and JSON language servers in common editors support it fully.
 * @example JSON.stringify(scenarioJsonSchema(), null, 2)
 */
export function scenarioJsonSchema(): Readonly<Record<string, unknown>> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' });
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'drift scenario',
    description: 'A scenario for the drift simulator (ARCHITECTURE D8). Every parameter has a default, and the defaults are scenarios/baseline.yaml; "extends: baseline" plus a few changed levers is a complete what-if.',
    ...rest,
  };
}

/**
 * The text of scenarios/schema.json: 2-space JSON and a final newline, so that the committed file
 * and `drift schema --write` agree byte for byte.
 * @example scenarioJsonSchemaText().endsWith('}\n') // true
 */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
