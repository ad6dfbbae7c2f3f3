/** Where the planner's arrow keys go. */
export type PlannerFocus = 'scenarios' | 'levers' | 'results';

/**
 * The next focus on Tab: scenarios, levers, then results once there are some.
 * @example nextFocus('levers', true) // 'results'
 */
export function nextFocus(focus: PlannerFocus, hasResults: boolean): PlannerFocus {
  switch (focus) {
    case 'scenarios':
      return 'levers';
    case 'levers':
      return hasResults ? 'results' : 'scenarios';
    case 'results':
      return 'scenarios';
    default: {
      const unknownFocus: never = focus;
      throw new Error(`unknown planner focus ${String(unknownFocus)}`);
    }
  }
}

/** `n` moved by `delta` and kept within 0..count−1. */
export function clampIndex(n: number, delta: number, count: number): number {
  return Math.max(0, Math.min(count - 1, n + delta));
}
