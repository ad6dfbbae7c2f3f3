import { z } from 'zod';

/**
 * Building blocks of the scenario schema. Every parameter carries its meaning and unit in
 * `.describe()` (which becomes the JSON Schema description editors show) and a default (D8).
 */

/** A probability in [0, 1]. */
export const probability = (description: string, fallback: number) =>
  z.number().min(0).max(1).default(fallback).describe(description);

/** A non-negative number. */
export const nonNegative = (description: string, fallback: number) =>
  z.number().min(0).default(fallback).describe(description);

/** A whole number ≥ `min`. */
export const whole = (description: string, fallback: number, min = 0) =>
  z.number().int().min(min).default(fallback).describe(description);

/**
 * Working time that is bounded by design: a triangular distribution (min, mode, max). Work
 * content is drawn from these and never exceeds `max`, so that with every drift mechanism
 * switched off a task fits inside its statutory timescale; lateness then comes only from the
 * mechanisms (ARCHITECTURE D6), never from the dice.
 */
export const bounded = (description: string, fallback: { min: number; mode: number; max: number }) =>
  z.strictObject({
    min: z.number().min(0).describe('shortest'),
    mode: z.number().min(0).describe('most likely'),
    max: z.number().min(0).describe('longest'),
  })
    .refine((d) => d.min <= d.mode && d.mode <= d.max, { message: 'needs min ≤ mode ≤ max; reorder the three values' })
    .default(fallback)
    .describe(description);

/** A skewed duration given by its median and 90th percentile (lognormal). */
export const spread = (description: string, fallback: { median: number; p90: number }) =>
  z.strictObject({
    median: z.number().positive().describe('median'),
    p90: z.number().positive().describe('90th percentile'),
  })
    .refine((d) => d.p90 >= d.median, { message: 'needs p90 ≥ median; the 90th percentile cannot be below the median' })
    .default(fallback)
    .describe(description);

/**
 * A decision that depends on the child's latent risk r ∈ [0, 1]: the chance is
 * 1 / (1 + exp(−(intercept + riskSlope × r))). A positive slope makes riskier children more likely
 * to take this branch. Calibration moves these behavioural parameters, never an outcome rate.
 */
export const logistic = (description: string, fallback: { intercept: number; riskSlope: number }) =>
  z.strictObject({
    intercept: z.number().describe('log-odds at risk 0'),
    riskSlope: z.number().describe('change in log-odds from risk 0 to risk 1'),
  }).default(fallback).describe(description);

/** Weights over a code list (need not sum to 1). */
export const weights = <K extends string>(codes: readonly [K, ...K[]], description: string, fallback: Partial<Record<K, number>>) =>
  z.partialRecord(z.enum(codes), z.number().min(0)).default(fallback).describe(description);

export type Bounded = { readonly min: number; readonly mode: number; readonly max: number };
export type Spread = { readonly median: number; readonly p90: number };
export type Logistic = { readonly intercept: number; readonly riskSlope: number };
