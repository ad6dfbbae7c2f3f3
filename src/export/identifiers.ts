import type { ChildId, TeamId, WorkerId } from '../domain/index.ts';
import { createUpn } from './upn.ts';

/** The identifiers one child carries in every return. */
export interface ReturnIdentity {
  /** CIN `LAchildID`, SSDA903 `CHILD`, Annex A `Child Unique ID`: alphanumeric, at most 20 characters (CIN rules 1570, 1580). */
  readonly laChildId: string;
  readonly upn: string;
}

/** 32-bit FNV-1a: a stable hash of an id (no randomness, same on every machine). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const SERIALS = 1_000_000_000;

/** The UPN serial an id suggests: its trailing number (C451 → 451), or a hash of it. */
function preferredSerial(id: string): number {
  const m = /^[A-Za-z_-]*(\d{1,9})$/.exec(id);
  return m === null ? fnv1a(id) % SERIALS : Number(m[1]);
}

function preferredLaId(id: string): string {
  const alnum = id.replace(/[^A-Za-z0-9]/g, '');
  return alnum.length >= 1 && alnum.length <= 20 ? alnum : `H${fnv1a(id).toString(36).toUpperCase()}`;
}

/**
 * Gives every child its return identifiers, derived from the child id alone so that a child keeps
 * them in every file and every year: `LAchildID` is the id without other characters than letters
 * and digits; the UPN is `laCode` plus the id's number, with its check letter. Children are taken
 * in id order, and an id that would repeat another child's identifier takes the next free one, so
 * identifiers stay unique (CIN rules 1520, 8510).
 * @example assignIdentities(['C1', 'C2'], '201').get('C1')?.laChildId // 'C1'
 */
export function assignIdentities(children: readonly ChildId[], laCode: string): ReadonlyMap<ChildId, ReturnIdentity> {
  const usedIds = new Set<string>();
  const usedSerials = new Set<number>();
  const result = new Map<ChildId, ReturnIdentity>();
  for (const child of [...children].sort()) {
    let laChildId = preferredLaId(child);
    for (let n = 2; usedIds.has(laChildId); n += 1) laChildId = `${preferredLaId(child).slice(0, 16)}X${n}`;
    usedIds.add(laChildId);
    let serial = preferredSerial(child);
    while (usedSerials.has(serial)) serial = (serial + 1) % SERIALS;
    usedSerials.add(serial);
    result.set(child, { laChildId, upn: createUpn(laCode, serial) });
  }
  return result;
}

/**
 * SSDA903 `SW_ID` of a worker: it must begin "SW" or "XX" (rule SW02STG1). Ids that already do are
 * kept; others (agency staff, e.g. XA00023) get "SW" in front, keeping them distinct.
 * @example swId('XA00023' as WorkerId) // 'SWXA00023'
 */
export function swId(worker: WorkerId): string {
  const alnum = worker.replace(/[^A-Za-z0-9]/g, '');
  return /^(SW|XX)/.test(alnum) ? alnum : `SW${alnum}`;
}

/**
 * The `SW_ID` of a time a case waited unallocated, held by its team: "XX" marks an id that is no
 * social worker's registration (rule SW02STG1), followed by the team.
 * @example unallocatedSwId('lookedAfter' as TeamId) // 'XXLOOKEDAFTER'
 */
export function unallocatedSwId(team: TeamId): string {
  return `XX${team.replace(/[^A-Za-z0-9]/g, '').toUpperCase()}`;
}
