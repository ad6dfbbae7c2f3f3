/**
 * Checks the kernel and the random streams against queueing theory (house rule 12): an M/M/c
 * queue simulated on the kernel must reproduce the Erlang C mean wait in queue, and Little's
 * law L_q = λ·W_q, within a 95% confidence interval over independent replications.
 *
 * Method after Ciw's `test_priority_system_compare_literature` and its "Simulation Practice"
 * page: a warm-up is discarded (only customers arriving in [WARM_UP, HORIZON) are measured),
 * each replication has its own seeded streams, and the result is a mean over replications
 * with a t interval, never a single run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Simulation } from '../../src/kernel/index.ts';
import { exponential, streamFor } from '../../src/random/index.ts';

const SEED = 20_240_401;
const LAMBDA = 4; // arrivals per unit time
const MU = 1.5; // services per unit time, per server
const SERVERS = 3; // so ρ = λ/(cμ) ≈ 0.889: heavily loaded, where a wrong kernel shows
const WARM_UP = 2_000;
const HORIZON = 12_000; // arrivals stop here; the run continues until everyone is served
const REPLICATIONS = 30;
/**
 * t_{0.975, 29} = 2.045: the two-sided 95% critical value of Student's t with R − 1 = 29
 * degrees of freedom (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2,
 * "Critical values of the Student's t distribution").
 */
const T_CRITICAL_29 = 2.045;

const ARRIVAL = 0;
const DEPARTURE = 1;

/**
 * Erlang C: the probability that an arrival waits, and the mean wait in queue
 * W_q = C(c, a)/(cμ − λ) with offered load a = λ/μ. Source: D. Gross, J. F. Shortle,
 * J. M. Thompson and C. M. Harris, Fundamentals of Queueing Theory (4th ed., Wiley 2008),
 * §2.3 "Multiserver queues (M/M/c)".
 */
function erlangC(lambda: number, mu: number, c: number): { readonly pWait: number; readonly wq: number } {
  const a = lambda / mu;
  const rho = a / c;
  let term = 1; // a^k / k!
  let sum = 0; // Σ_{k<c} a^k / k!
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term / (1 - rho); // a^c / c! · 1/(1 − ρ)
  const pWait = top / (sum + top);
  return { pWait, wq: pWait / (c * mu - lambda) };
}

interface Replication {
  readonly wq: number; // mean wait in queue of customers arriving in [WARM_UP, HORIZON)
  readonly lq: number; // time-average queue length over [WARM_UP, HORIZON)
  readonly lambdaHat: number; // observed arrival rate over [WARM_UP, HORIZON)
  readonly leftOver: number; // customers in service, waiting or scheduled at the end: must be 0
}

function replicate(index: number): Replication {
  // Separate streams for arrivals and services, keyed by replication: the pattern the
  // simulator uses for common random numbers (ARCHITECTURE.md D4).
  const arrivals = streamFor(SEED, 'arrivals', index);
  const services = streamFor(SEED, 'durations', index);
  const sim = new Simulation(0);
  const queue: number[] = []; // arrival times of waiting customers, FIFO from `head`
  let head = 0;
  let busy = 0;
  let waitSum = 0;
  let measured = 0;
  let area = 0; // ∫ queue length dt over [WARM_UP, HORIZON)
  let lastTime = 0;

  sim.schedule(exponential(arrivals, LAMBDA), 0, ARRIVAL);
  sim.run(Infinity, (time, _priority, payload) => {
    const from = Math.max(lastTime, WARM_UP);
    const to = Math.min(time, HORIZON);
    if (to > from) area += (queue.length - head) * (to - from);
    lastTime = time;
    if (payload === ARRIVAL) {
      const next = time + exponential(arrivals, LAMBDA);
      if (next < HORIZON) sim.schedule(next, 0, ARRIVAL);
      if (time >= WARM_UP) measured++;
      if (busy < SERVERS) {
        busy++;
        sim.schedule(time + exponential(services, MU), 0, DEPARTURE);
      } else {
        queue.push(time);
      }
    } else if (head < queue.length) {
      const arrived = queue[head++]!;
      if (arrived >= WARM_UP) waitSum += time - arrived;
      sim.schedule(time + exponential(services, MU), 0, DEPARTURE);
    } else {
      busy--;
    }
  });
  return {
    wq: waitSum / measured,
    lq: area / (HORIZON - WARM_UP),
    lambdaHat: measured / (HORIZON - WARM_UP),
    leftOver: busy + (queue.length - head) + sim.pending,
  };
}

/** Mean and 95% t interval half-width over replications. */
function interval(values: readonly number[]): { readonly mean: number; readonly low: number; readonly high: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const half = T_CRITICAL_29 * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}

describe(`M/M/${SERVERS} queue on the kernel (λ=${LAMBDA}, μ=${MU}, seed: ${SEED}, ${REPLICATIONS} replications)`, () => {
  const theory = erlangC(LAMBDA, MU, SERVERS);
  let runs: readonly Replication[] = [];
  beforeAll(() => {
    runs = Array.from({ length: REPLICATIONS }, (_, r) => replicate(r));
  });

  it('uses the Erlang C values worked by hand (C ≈ 0.7975, W_q ≈ 1.595)', () => {
    // a = 8/3; Σ_{k<3} a^k/k! = 1 + 8/3 + 32/9 = 65/9; a^3/3!/(1 − 8/9) = 256/9; C = 256/321.
    expect(theory.pWait).toBeCloseTo(256 / 321, 12);
    expect(theory.wq).toBeCloseTo(256 / 321 / 0.5, 12);
  });

  it('serves every customer once arrivals stop', () => {
    expect(runs.map((r) => r.leftOver)).toEqual(Array.from({ length: REPLICATIONS }, () => 0));
  });

  it('reproduces the Erlang C mean wait in queue within the 95% interval over replications', () => {
    const wq = interval(runs.map((r) => r.wq));
    expect(wq.low).toBeLessThan(theory.wq);
    expect(wq.high).toBeGreaterThan(theory.wq);
    // And the interval is tight enough to mean something (±5% of the theoretical value).
    expect(wq.high - wq.low).toBeLessThan(0.1 * theory.wq);
  });

  it("obeys Little's law: the time-average queue length matches λ·W_q", () => {
    const lq = interval(runs.map((r) => r.lq));
    expect(lq.low).toBeLessThan(LAMBDA * theory.wq);
    expect(lq.high).toBeGreaterThan(LAMBDA * theory.wq);
    // Within each run, L_q − λ̂·W_q differs from 0 only by edge effects at the window ends.
    const gap = interval(runs.map((r) => r.lq - r.lambdaHat * r.wq));
    expect(gap.low).toBeLessThan(0);
    expect(gap.high).toBeGreaterThan(0);
  });
});
