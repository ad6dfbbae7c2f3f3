/** Child characteristics shared by the CIN census, SSDA903 and Annex A (returns-formats.md). */

/** Sex as events hold it; the exporter writes 1/2 or M/F/U by collection year. */
export const SEXES = ['M', 'F', 'U'] as const;
export type Sex = (typeof SEXES)[number];

/** `ETHNIC` / `Ethnicity`: the 20 DfE codes. */
export const ETHNICITIES = [
  'WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND',
  'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];
