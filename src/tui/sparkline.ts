/** Eight heights of block, lowest first. */
const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * A one-line chart of a series; months with no value are a space. Give `low` and `high` to draw
 * two series on one scale (baseline over what-if), else the series' own range is used.
 * @example sparkline([1, 2, 3, null, 8]) // '▁▂▃ █'
 */
export function sparkline(values: readonly (number | null)[], low?: number, high?: number): string {
  const present = values.filter((v): v is number => v !== null);
  const min = low ?? Math.min(...present);
  const max = high ?? Math.max(...present);
  const span = max - min;
  return values.map((v) => {
    if (v === null) return ' ';
    const level = span <= 0 ? 0 : Math.round(((v - min) / span) * (BLOCKS.length - 1));
    return BLOCKS[Math.min(BLOCKS.length - 1, Math.max(0, level))] as string;
  }).join('');
}
