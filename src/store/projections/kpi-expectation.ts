/** The expectation of a timescale that every case should meet: 100% on time, and more is better. */
export const ALL_ON_TIME = { target: 100, direction: 'atLeast' } as const;
