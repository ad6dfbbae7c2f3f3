/**
 * Seeded random streams and distributions: the dice of the simulator. Every function takes
 * its stream as the first argument, so no draw comes from a hidden global (house rule 1).
 */
export { createStreams, restoreStream, savableStreamFor, STANDARD_PURPOSES, streamFor, streamKey } from './streams.ts';
export type { RandomStream, SavableStream, StandardPurpose, StreamState, Streams } from './streams.ts';
export { integerBetween, uniform } from './uniform.ts';
export { exponential } from './exponential.ts';
export { normal } from './normal.ts';
export { lognormal, lognormalFromMedianP90 } from './lognormal.ts';
export { gamma } from './gamma.ts';
export { triangular } from './triangular.ts';
export { bernoulli } from './bernoulli.ts';
export { categorical, categoricalTable, drawFrom } from './categorical.ts';
export type { CategoricalTable } from './categorical.ts';
export { poisson } from './poisson.ts';
