import type { Brand } from './brand.ts';

/** A child's identifier as written in event files and exports (letters, digits, `-` and `_`). */
export type ChildId = Brand<string, 'ChildId'>;
/** A social worker (or personal adviser, chair, IRO) identifier. */
export type WorkerId = Brand<string, 'WorkerId'>;
/** A team identifier. */
export type TeamId = Brand<string, 'TeamId'>;

/** Thrown for an identifier that cannot be used; the message says which characters are allowed. */
export class IdError extends Error {
  override readonly name = 'IdError';
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

function check(kind: string, text: string): void {
  if (!ID.test(text)) {
    throw new IdError(`${kind} "${text}" is not valid; use 1–40 letters, digits, "-" or "_", starting with a letter or digit`);
  }
}

/** Mints a `ChildId`. @example childId('C000123') */
export function childId(text: string): ChildId {
  check('child id', text);
  return text as ChildId;
}

/** Mints a `WorkerId`. @example workerId('SW0042') */
export function workerId(text: string): WorkerId {
  check('worker id', text);
  return text as WorkerId;
}

/** Mints a `TeamId`. @example teamId('assessment-north') */
export function teamId(text: string): TeamId {
  check('team id', text);
  return text as TeamId;
}
