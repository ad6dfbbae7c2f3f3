/**
 * Code lists of the CIN census (reference/returns-formats.md §3; CIN_schema_2024.xsd).
 * Events carry these codes so that exports need no translation table.
 */

/** CIN `ReferralSource`. */
export const REFERRAL_SOURCES = [
  '1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F',
  '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** CIN `PrimaryNeedCode` (N0 not stated … N9 not a child in need). */
export const NEED_CODES = ['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9'] as const;
export type NeedCode = (typeof NEED_CODES)[number];

/** CIN `ReasonForClosure`: RC1 adopted … RC9 closed after assessment, referred to early help. */
export const CLOSURE_REASONS = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/**
 * Closures after which the child never comes back to children's services: RC2 (died) and RC6
 * (transferred to adult services). Every other closure can be re-opened by a new contact.
 */
export function isFinalClosure(reason: ClosureReason): boolean {
  return reason === 'RC2' || reason === 'RC6';
}

/** CIN `InitialCategoryOfAbuse` / `LatestCategoryOfAbuse`. */
export const ABUSE_CATEGORIES = ['NEG', 'PHY', 'SAB', 'EMO', 'MUL'] as const;
export type AbuseCategory = (typeof ABUSE_CATEGORIES)[number];

/** CIN `Disability`. */
export const DISABILITIES = ['NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA'] as const;
export type Disability = (typeof DISABILITIES)[number];
