/**
 * Code lists of the SSDA903 children-looked-after return (reference/returns-formats.md §1).
 * Placement codes are the union over collection years; the exporter checks them per year.
 */

/** `LS`: legal status. */
export const LEGAL_STATUSES = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** `PLACE`: placement type (A3–A6 adoption, K secure/children's homes, P with parents, R residential, S, T temporary, U foster, Z other). */
export const PLACEMENT_TYPES = [
  'A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
  'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

/** `PLACE_PROVIDER`. */
export const PLACEMENT_PROVIDERS = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
export type PlacementProvider = (typeof PLACEMENT_PROVIDERS)[number];

/** `REC`: reason an episode ceased (X1 = the episode continues with a change). */
export const EPISODE_END_REASONS = [
  'X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48',
  'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17',
] as const;
export type EpisodeEndReason = (typeof EPISODE_END_REASONS)[number];
/** A reason a period of care ends: any `REC` except X1. */
export type CareEndReason = Exclude<EpisodeEndReason, 'X1'>;

/**
 * Reasons for leaving care after which the young person is a care leaver with leaving-care
 * entitlements: moving to independent living (E5, E6) or staying on with carers at 18 (E17).
 * CA1989 Sch 2 para 19B; CPPCR2010 reg 40.
 */
export function isCareLeaverExit(reason: CareEndReason): boolean {
  return reason === 'E5' || reason === 'E6' || reason === 'E17';
}

/** `REASON_PLACE_CHANGE`. */
export const PLACE_CHANGE_REASONS = [
  'CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER',
] as const;
export type PlaceChangeReason = (typeof PLACE_CHANGE_REASONS)[number];

/** `REVIEW_CODE`: how the child took part in the review (PN0 under 4 … PN7). */
export const REVIEW_PARTICIPATION = ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'] as const;
export type ReviewParticipation = (typeof REVIEW_PARTICIPATION)[number];

/** `MISSING`: M missing, A away without authorisation. */
export const MISSING_KINDS = ['M', 'A'] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];

/**
 * `SW_REASON`: reason for a change of social worker (SWEpisodes, 2023/24 on). Meanings follow the
 * mnemonics (returns-formats.md §5): MANAGE management decision, FCONTA family contact / request,
 * LEFTRL worker left the role, ORGRST organisational restructure, TSPROC transfer between teams as
 * part of the process, ABSENC absence, CHCHAN child's change of circumstances, PCCHAN change of
 * placement or carer, SWDIED worker died, OTHERS other.
 */
/** OC3 `IN_TOUCH`: whether the authority is in touch with the care leaver around their birthday. */
export const IN_TOUCH_CODES = ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'] as const;
export type InTouch = (typeof IN_TOUCH_CODES)[number];

/**
 * OC3 `ACTIV`: F/P full- or part-time in higher education (1), other education (2), training or
 * employment (4, 5); G4–G6 not in education, employment or training (illness, other, parenting); 0 not known.
 */
export const ACTIVITY_CODES = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'] as const;
export type LeaverActivity = (typeof ACTIVITY_CODES)[number];

/** The NEET activity codes (DfE "not in education, employment or training"). */
export const NEET_ACTIVITIES: readonly LeaverActivity[] = ['G4', 'G5', 'G6'];

/**
 * OC3 `ACCOM`: a type letter and 1 (suitable) or 2 (not suitable); 0 when not known. Z is with former
 * foster carers (staying put), B with parents or relatives, D semi-independent, E supported lodgings,
 * K ordinary lodgings, U independent living, R residence not known.
 */
export const ACCOMMODATION_CODES = [
  'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1', 'K2', 'R1', 'R2',
  'S1', 'S2', 'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X1', 'X2', 'Y1', 'Y2', 'Z1', 'Z2', '0',
] as const;
export type LeaverAccommodation = (typeof ACCOMMODATION_CODES)[number];

export const SW_REASONS = ['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS'] as const;
export type SwReason = (typeof SW_REASONS)[number];

/** Legal statuses of emergency or short orders with statutory maximum durations (L1 police protection, L2 EPO, L3 CAO). */
export type EmergencyStatus = Extract<LegalStatus, 'L1' | 'L2' | 'L3'>;
