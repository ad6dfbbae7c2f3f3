/**
 * Nelder–Mead simplex search with box bounds, for calibrating a simulator: it needs no
 * derivatives (a simulated KPI has none worth the name) and few evaluations in a handful of
 * dimensions. Standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½; Nelder &
 * Mead 1965, as in Lagarias et al. 1998). Bounds are kept by projection: every trial point is
 * clamped into the box before it is evaluated, so the objective is never asked about a value the
 * scenario schema would refuse. Deterministic: the same objective gives the same path.
 */

/** What the search reports after each objective evaluation. */
export interface SearchStep {
  /** 1-based count of objective evaluations so far. */
  readonly evaluation: number;
  readonly x: readonly number[];
  readonly value: number;
  /** The best point so far (including this one). */
  readonly best: { readonly x: readonly number[]; readonly value: number };
  /** True when the point had been evaluated before and its value was reused. */
  readonly reused: boolean;
}

/** How the search runs. */
export interface SearchOptions {
  /** Lower and upper bounds per coordinate (±Infinity for none). */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Size of the first simplex along each coordinate; also the scale of `xTolerance`. */
  readonly steps: readonly number[];
  /** Objective evaluations allowed, including the first simplex (n + 1 of them). */
  readonly maxEvaluations: number;
  /** Converged when every vertex is within xTolerance × step of the best in every coordinate… Default 1e-3. */
  readonly xTolerance?: number;
  /** …and every vertex's value is within fTolerance of the best. Default 1e-6. */
  readonly fTolerance?: number;
  readonly onStep?: (step: SearchStep) => void;
}

/** Where the search ended. */
export interface SearchResult {
  readonly x: readonly number[];
  readonly value: number;
  /** Value at the (clamped) start point. */
  readonly startValue: number;
  readonly evaluations: number;
  /** True when the simplex met both tolerances; false when the evaluations ran out first. */
  readonly converged: boolean;
}

interface Vertex {
  readonly x: readonly number[];
  readonly value: number;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/** The evaluation budget ran out; the search returns its best point. */
class OutOfEvaluations extends Error {}

/**
 * Minimises `objective` from `start` within the bounds.
 * @example await minimise(async ([x = 0, y = 0]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0], { lower: [-5, -5], upper: [5, 5], steps: [1, 1], maxEvaluations: 200 }) // x ≈ [1, -2]
 */
export async function minimise(
  objective: (x: readonly number[]) => Promise<number> | number,
  start: readonly number[],
  options: SearchOptions,
): Promise<SearchResult> {
  const n = start.length;
  const { lower, upper, steps, maxEvaluations } = options;
  if (n === 0) throw new RangeError('minimise needs at least one coordinate; name at least one parameter to fit');
  if (lower.length !== n || upper.length !== n || steps.length !== n) throw new RangeError('minimise: start, lower, upper and steps must have one entry per coordinate');
  if (!Number.isInteger(maxEvaluations) || maxEvaluations < n + 1) {
    throw new RangeError(`minimise needs at least ${n + 1} evaluations for ${n} coordinate${n === 1 ? '' : 's'} (the first simplex), got ${maxEvaluations}`);
  }
  steps.forEach((step, i) => {
    if (!(step > 0) || !Number.isFinite(step)) throw new RangeError(`minimise: the step of coordinate ${i + 1} must be a positive number, got ${step}`);
  });
  const xTolerance = options.xTolerance ?? 1e-3;
  const fTolerance = options.fTolerance ?? 1e-6;
  const clamp = (x: readonly number[]): number[] => x.map((v, i) => Math.min(upper[i] ?? Infinity, Math.max(lower[i] ?? -Infinity, v)));
  const seen = new Map<string, number>();
  let evaluations = 0;
  let best: Vertex | undefined;
  const evaluate = async (raw: readonly number[]): Promise<Vertex> => {
    const x = clamp(raw);
    const key = x.join(',');
    const known = seen.get(key);
    if (evaluations >= maxEvaluations) throw new OutOfEvaluations();
    evaluations += 1;
    const value = known ?? await objective(x);
    const measured = Number.isNaN(value) ? Infinity : value;
    seen.set(key, measured);
    if (best === undefined || measured < best.value) best = { x, value: measured };
    options.onStep?.({ evaluation: evaluations, x, value: measured, best, reused: known !== undefined });
    return { x, value: measured };
  };

  const first = await evaluate(start);
  const startValue = first.value;
  let simplex: Vertex[] = [first];
  let converged = false;
  try {
    for (let i = 0; i < n; i += 1) simplex.push(await evaluate(firstStep(first.x, i, steps[i] ?? 1, upper[i] ?? Infinity)));
    for (;;) {
      simplex.sort((a, b) => a.value - b.value);
      if (isConverged(simplex, steps, xTolerance, fTolerance)) {
        converged = true;
        break;
      }
      simplex = await iterate(simplex, evaluate);
    }
  } catch (error) {
    if (!(error instanceof OutOfEvaluations)) throw error;
  }
  const found = best ?? first;
  return { x: found.x, value: found.value, startValue, evaluations, converged };
}

/** The i-th vertex of the first simplex: one step up coordinate i, or down when the upper bound is in the way. */
function firstStep(x: readonly number[], i: number, step: number, upper: number): number[] {
  const next = [...x];
  const at = x[i] ?? 0;
  next[i] = at + step <= upper ? at + step : at - step;
  return next;
}

/** One Nelder–Mead iteration on a simplex sorted best first; returns the new simplex. */
async function iterate(simplex: readonly Vertex[], evaluate: (x: readonly number[]) => Promise<Vertex>): Promise<Vertex[]> {
  const n = simplex.length - 1;
  const bestVertex = simplex[0] as Vertex;
  const worst = simplex[n] as Vertex;
  const secondWorst = simplex[n - 1] as Vertex;
  const centroid = bestVertex.x.map((_, j) => simplex.slice(0, n).reduce((sum, v) => sum + (v.x[j] ?? 0), 0) / n);
  const along = (t: number): number[] => centroid.map((c, j) => c + t * (c - (worst.x[j] ?? 0)));
  const replaceWorst = (v: Vertex): Vertex[] => [...simplex.slice(0, n), v];

  const reflected = await evaluate(along(REFLECT));
  if (reflected.value < bestVertex.value) {
    const expanded = await evaluate(along(EXPAND));
    return replaceWorst(expanded.value < reflected.value ? expanded : reflected);
  }
  if (reflected.value < secondWorst.value) return replaceWorst(reflected);
  if (reflected.value < worst.value) {
    const outside = await evaluate(along(REFLECT * CONTRACT));
    if (outside.value <= reflected.value) return replaceWorst(outside);
  } else {
    const inside = await evaluate(along(-CONTRACT));
    if (inside.value < worst.value) return replaceWorst(inside);
  }
  // Shrink every vertex halfway towards the best.
  const shrunk: Vertex[] = [bestVertex];
  for (const v of simplex.slice(1)) {
    shrunk.push(await evaluate(v.x.map((x, j) => (bestVertex.x[j] ?? 0) + SHRINK * (x - (bestVertex.x[j] ?? 0)))));
  }
  return shrunk;
}

function isConverged(simplex: readonly Vertex[], steps: readonly number[], xTolerance: number, fTolerance: number): boolean {
  const bestVertex = simplex[0] as Vertex;
  return simplex.every((v) => Math.abs(v.value - bestVertex.value) <= fTolerance
    && v.x.every((x, j) => Math.abs(x - (bestVertex.x[j] ?? 0)) <= xTolerance * (steps[j] ?? 1)));
}
