/**
 * The planner's what-if as a scenario file: `extends` the baseline and sets only the parameters the
 * levers moved, so the file reads as the change and still runs with `drift run`.
 */
import { stringify } from 'yaml';
import type { WhatIfToSave } from '../tui/host.ts';

/**
 * The YAML text of a what-if.
 * @example whatIfYaml({ name: 'baseline-what-if', baseline: 'baseline', description: '…', changes: [{ path: ['demand', 'growthPerYear'], value: 0.02 }] })
 */
export function whatIfYaml(whatIf: WhatIfToSave): string {
  // `baseline.yaml` rather than `baseline`: a file name is read beside this file, so the pair
  // works in any folder (a bare name is looked up in the repository's scenarios/ only).
  const body: Record<string, unknown> = { name: whatIf.name, description: whatIf.description, extends: `${whatIf.baseline}.yaml` };
  for (const { path, value } of whatIf.changes) {
    let node = body;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1] ?? ''] = value;
  }
  const header = [
    '# yaml-language-server: $schema=./schema.json',
    `# A what-if saved from the planner of drift tui: ${whatIf.baseline} with the levers below moved.`,
    `# Run it with: drift run ${whatIf.name}   (or compare: drift compare ${whatIf.baseline} ${whatIf.name})`,
  ];
  return `${header.join('\n')}\n${stringify(body, { lineWidth: 100 })}`;
}
