import { z } from 'zod';
import { MONTH_NAMES, targetsSchema, type TargetKpis } from './targets-schema.ts';

/** The schema's identifier; editors find the file through a `$schema` comment, not through this. */
export const TARGETS_SCHEMA_ID = 'urn:drift:targets';

type Node = Record<string, unknown>;

/**
 * The JSON Schema of a targets file, for editors (completion and hover text), with the KPI ids of
 * the catalogue as the allowed values of `kpi` and the month names as those of `month`. The checks
 * that join fields (a monthly series needs a month, pp only for percentages) stay with
 * `drift calibrate check`, which reports them at their line.
 * @example JSON.stringify(targetsJsonSchema(targetKpis()), null, 2)
 */
export function targetsJsonSchema(kpis: TargetKpis): Readonly<Record<string, unknown>> {
  const { $schema, ...rest } = z.toJSONSchema(targetsSchema({ kpis }), { io: 'input', target: 'draft-7' }) as Node;
  const row = ((rest['properties'] as Node)['targets'] as Node)['items'] as Node;
  const fields = row['properties'] as Node;
  const ids = [...new Set([...kpis.yearly.keys(), ...kpis.monthly.keys()])];
  fields['kpi'] = { ...(fields['kpi'] as Node), enum: ids };
  fields['month'] = {
    description: (fields['month'] as Node)['description'],
    anyOf: [{ type: 'integer', minimum: 1, maximum: 12 }, { type: 'string', enum: MONTH_NAMES }],
  };
  return {
    $schema,
    $id: TARGETS_SCHEMA_ID,
    title: 'drift calibration targets',
    description: 'Published figures that `drift calibrate check` compares with a scenario\'s simulated KPIs, and `drift calibrate fit` fits it to.',
    ...rest,
  };
}
