/**
 * One problem in a scenario file, located where the user wrote it. `line` is 1-based; 0 means the
 * file as a whole (it is missing or unreadable). `path` is the dotted parameter path, e.g.
 * `workforce.assessment.caseloadTarget`, or '' when the problem is not about one parameter.
 */
export interface ScenarioIssue {
  readonly file: string;
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

/**
 * Formats an issue as `file:line: path: message`, leaving out the parts that are not known
 * (the same shape as compiler errors, so editors and terminals turn it into a link).
 * @example formatIssue({ file: 'scenarios/a.yaml', line: 4, path: 'calendar.years', message: 'must be a whole number' })
 *   // 'scenarios/a.yaml:4: calendar.years: must be a whole number'
 */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}

/**
 * A scenario that cannot be used: every issue found, not just the first, so that one edit-and-rerun
 * fixes them all. The message is the issues, one per line.
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
  }
}

/**
 * Joins a parameter path with dots, list positions in brackets.
 * @example formatPath(['demand', 'seasonality', 3]) // 'demand.seasonality[3]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}
