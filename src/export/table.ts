/** One table of a return: its exact header and its rows of cells (already formatted). */
export interface Table {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One output file of an export: a path relative to the output folder, and its text. */
export interface ExportFile {
  readonly path: string;
  readonly text: string;
}
