/**
 * CSV as the statutory-return tools read it: a header row, one row a record, comma-separated,
 * `\n` line ends, and a cell quoted only when it holds a comma, a quote or a line break (RFC 4180).
 * An empty table is still written with its header row: the SSDA903 validator refuses a header-less
 * file (returns-formats.md §1).
 * @example toCsv(['CHILD', 'DOB'], [['C1', '01/02/2010']]) // 'CHILD,DOB\nC1,01/02/2010\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(quote).join(','));
  return `${lines.join('\n')}\n`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
