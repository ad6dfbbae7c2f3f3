/** One broken DfE rule in an exported file: the rule code, the child and what is wrong. */
export interface Violation {
  readonly rule: string;
  readonly child: string;
  readonly detail: string;
}

/** Collects violations; `check(cond, …)` records one when the condition is false. */
export class Violations {
  readonly list: Violation[] = [];
  check(ok: boolean, rule: string, child: string, detail: string): void {
    if (!ok) this.list.push({ rule, child, detail });
  }
}

/** Counts violations by rule, for readable failure messages. */
export function byRule(list: readonly Violation[]): Record<string, { count: number; first: string }> {
  const out: Record<string, { count: number; first: string }> = {};
  for (const v of list) {
    const entry = out[v.rule];
    if (entry === undefined) out[v.rule] = { count: 1, first: `${v.child}: ${v.detail}` };
    else entry.count += 1;
  }
  return out;
}
