import {
  PLACEMENT_TYPES, simDayFromParts, type PlacementType, type Sex, type SimDay,
} from '../domain/index.ts';

/**
 * A collection year: 1 April YYYY-1 to 31 March YYYY, named by the year it ends in (the DfE
 * convention: the 2023/24 returns are "2024"). Code lists follow it (returns-formats.md §1, §3).
 */
export interface CollectionYear {
  /** The year the collection ends in, e.g. 2024 for 2023/24. */
  readonly year: number;
  /** 1 April of the year before. */
  readonly start: SimDay;
  /** 31 March, the census date. */
  readonly end: SimDay;
  /** `2023/24`, as the guidance writes it. */
  readonly label: string;
}

/**
 * The collection year ending on 31 March `year`.
 * @example collectionYear(2024).label // '2023/24'
 */
export function collectionYear(year: number): CollectionYear {
  return {
    year,
    start: simDayFromParts(year - 1, 4, 1),
    end: simDayFromParts(year, 3, 31),
    label: `${year - 1}/${String(year % 100).padStart(2, '0')}`,
  };
}

/** True when `day` falls inside the collection year. */
export function inYear(cy: CollectionYear, day: SimDay): boolean {
  return day >= cy.start && day <= cy.end;
}

/**
 * SSDA903 `SEX`: 1/2 up to 2023/24, M/F/U from 2024/25 (rule 101 amended January 2025). Before
 * 2024/25 the return has no code for a sex not known, so such a child cannot be returned then.
 */
export function sex903(sex: Sex, cy: CollectionYear): string | undefined {
  if (cy.year >= 2025) return sex;
  switch (sex) {
    case 'M': return '1';
    case 'F': return '2';
    case 'U': return undefined;
    default: {
      const unknownSex: never = sex;
      throw new Error(`unknown sex ${String(unknownSex)}`);
    }
  }
}

/**
 * CIN census sex: `GenderCurrent` 1 male, 2 female, 0 not known up to 2023/24 (CIN_schema_2024.xsd
 * gendertype); from 2024/25 the element is `Sex` with M/F/U (returns-formats.md §3, rule 4180).
 */
export function cinSex(sex: Sex, cy: CollectionYear): { readonly element: 'GenderCurrent' | 'Sex'; readonly code: string } {
  if (cy.year >= 2025) return { element: 'Sex', code: sex };
  return { element: 'GenderCurrent', code: sex === 'M' ? '1' : sex === 'F' ? '2' : '0' };
}

/** Placement codes the 2025/26 return removed (rule 146). */
const REMOVED_2026: readonly PlacementType[] = ['H5', 'P2', 'Z1'];
/** Placement codes the 2025/26 return added (rule 146). */
const ADDED_2026: readonly PlacementType[] = ['K3', 'Z11', 'Z12', 'Z13', 'Z14'];

/**
 * The `PLACE` codes a collection year accepts: up to 2024/25 the older list, from 2025/26 without
 * H5, P2 and Z1 and with K3 and Z11–Z14 (returns-formats.md §1, rule 146).
 * @example placementCodes(collectionYear(2026)).includes('Z1') // false
 */
export function placementCodes(cy: CollectionYear): readonly PlacementType[] {
  return PLACEMENT_TYPES.filter((code) => (cy.year >= 2026 ? !REMOVED_2026.includes(code) : !ADDED_2026.includes(code)));
}

/**
 * Whether `PLACE_PROVIDER` is written for a placement: from 2025/26 it must be blank for temporary
 * placements T0–T3 and for Z11–Z14 (rule 178).
 */
export function hasProvider(place: PlacementType, cy: CollectionYear): boolean {
  if (cy.year < 2026) return true;
  return !['T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'].includes(place);
}

/** SSDA903 collects social worker episodes from 2023/24 (returns-formats.md §1, §5). */
export function hasSwEpisodes(cy: CollectionYear): boolean {
  return cy.year >= 2024;
}

/** SSDA903 collects deprivation-of-liberty orders (DoLo) from 2026/27 (returns-formats.md §1). */
export function hasDoLo(cy: CollectionYear): boolean {
  return cy.year >= 2027;
}
