import { describe, expect, it } from 'vitest';
import { minimise, type SearchStep } from '../../src/sim/calibrate/index.ts';

const rosenbrock = ([x = 0, y = 0]: readonly number[]): number => (1 - x) ** 2 + 100 * (y - x * x) ** 2;

describe('minimise (Nelder–Mead with bounds)', () => {
  it('finds the minimum of a quadratic bowl with different scales per coordinate', async () => {
    const bowl = ([x = 0, y = 0]: readonly number[]): number => ((x - 900) / 100) ** 2 + ((y - 0.3) / 0.05) ** 2;
    const result = await minimise(bowl, [1200, 0.1], { lower: [0, 0], upper: [Infinity, 1], steps: [120, 0.01], maxEvaluations: 300 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(900, 0);
    expect(result.x[1]).toBeCloseTo(0.3, 3);
    expect(result.value).toBeLessThan(1e-5);
    expect(result.startValue).toBeCloseTo(9 + 16, 6);
  });

  it('follows the curved valley of the Rosenbrock function to (1, 1)', async () => {
    const result = await minimise(rosenbrock, [-1.2, 1], { lower: [-5, -5], upper: [5, 5], steps: [0.5, 0.5], maxEvaluations: 1000, xTolerance: 1e-6, fTolerance: 1e-12 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
  });

  it('stops on the bound when the unconstrained minimum lies outside the box', async () => {
    // Minimum at (2, -1); the box allows x ≤ 1.5 and y ≥ 0, so the constrained minimum is the corner (1.5, 0).
    const f = ([x = 0, y = 0]: readonly number[]): number => (x - 2) ** 2 + (y + 1) ** 2;
    const asked: number[][] = [];
    const result = await minimise((x) => { asked.push([...x]); return f(x); }, [0.5, 0.5], { lower: [-1, 0], upper: [1.5, 1], steps: [0.2, 0.2], maxEvaluations: 400, xTolerance: 1e-6 });
    expect(result.x[0]).toBeCloseTo(1.5, 5);
    expect(result.x[1]).toBeCloseTo(0, 5);
    expect(asked.every(([x = 0, y = 0]) => x >= -1 && x <= 1.5 && y >= 0 && y <= 1)).toBe(true);
  });

  it('steps down from a start on its upper bound rather than outside the box', async () => {
    const asked: number[] = [];
    await minimise(([x = 0]) => { asked.push(x); return (x - 0.4) ** 2; }, [1], { lower: [0], upper: [1], steps: [0.1], maxEvaluations: 10 });
    expect(asked.slice(0, 2)).toEqual([1, 0.9]);
  });

  it('stops after the evaluation budget and returns the best point seen', async () => {
    const steps: SearchStep[] = [];
    const result = await minimise(rosenbrock, [-1.2, 1], { lower: [-5, -5], upper: [5, 5], steps: [0.5, 0.5], maxEvaluations: 12, onStep: (s) => steps.push(s) });
    expect(result.evaluations).toBe(12);
    expect(result.converged).toBe(false);
    expect(steps.map((s) => s.evaluation)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const lowest = Math.min(...steps.map((s) => s.value));
    expect(result.value).toBe(lowest);
    expect(steps.at(-1)?.best.value).toBe(lowest);
  });

  it('gives the same path twice (deterministic) and treats NaN as the worst possible value', async () => {
    const f = ([x = 0]: readonly number[]): number => (x < 0 ? Number.NaN : (x - 3) ** 2);
    const run = async () => {
      const xs: number[] = [];
      const r = await minimise(f, [0.5], { lower: [-10], upper: [10], steps: [1], maxEvaluations: 80, onStep: (s) => xs.push(s.x[0] ?? 0) });
      return { xs, r };
    };
    const [a, b] = [await run(), await run()];
    expect(a.xs).toEqual(b.xs);
    expect(a.r.x[0]).toBeCloseTo(3, 2);
  });

  it('refuses a budget smaller than the first simplex', async () => {
    await expect(minimise(rosenbrock, [0, 0], { lower: [-1, -1], upper: [1, 1], steps: [0.1, 0.1], maxEvaluations: 2 }))
      .rejects.toThrow('minimise needs at least 3 evaluations for 2 coordinates (the first simplex), got 2');
  });
});
