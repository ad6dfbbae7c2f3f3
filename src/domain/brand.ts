/**
 * A nominal type: a `K` that must be minted by a parse or make function before it can be used as a `T`.
 * Why: a `ChildId` and a `WorkerId` are both strings, and a `SimDay` and a working-day count are both
 * numbers; mixing them up is the bug this prevents (house rule 8).
 */
export type Brand<K, T extends string> = K & { readonly __brand: T };
