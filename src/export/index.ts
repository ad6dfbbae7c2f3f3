/**
 * Statutory-return exports (ARCHITECTURE §2): SSDA903 CSV, CIN census XML and Annex A CSV, written
 * from the children's histories folded out of an event log.
 */
export { createHistoryBuilder, type HistoryBuilder } from './history-builder.ts';
export type { ChildHistory } from './child-history.ts';
export { exportReturns, RETURN_FORMATS, type ExportOptions, type ReturnFormat } from './export-returns.ts';
export { ExportError } from './export-error.ts';
export type { ExportFile, Table } from './table.ts';
export { collectionYear, placementCodes, type CollectionYear } from './collection-year.ts';
export { upnCheckLetter } from './upn.ts';
export { SSDA903_HEADERS } from './ssda903/headers.ts';
export { ANNEX_A_COLUMNS } from './annex-a/columns.ts';
