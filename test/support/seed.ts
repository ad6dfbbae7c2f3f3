/**
 * Fixes the fast-check seed for the whole run so that every property test is reproducible.
 * CI uses the default seed; set FC_SEED to replay a failure or to explore other seeds locally.
 */
import fc from 'fast-check';

export const FC_SEED: number = process.env['FC_SEED'] === undefined ? 20151119 : Number(process.env['FC_SEED']);

if (!Number.isInteger(FC_SEED)) {
  throw new Error(`FC_SEED must be an integer, got ${process.env['FC_SEED'] ?? ''}; unset it to use the default seed`);
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FC_SEED });
