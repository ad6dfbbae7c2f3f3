import { Box, Text } from 'ink';
import { KPIS, MONTHLY_KPIS, type KpiDefinition } from '../store/index.ts';
import { differenceCell, expectationWords, outside, outsideSymbol, valueCell } from './kpi-cells.ts';
import { shortLabel } from './short-label.ts';
import { sparkline } from './sparkline.ts';
import Tint from './Tint.tsx';
import type { WhatIfResults } from './what-if-run.ts';

interface Props {
  readonly results: WhatIfResults;
  readonly year: number;
  readonly cursor: number;
  /** Yearly KPI ids whose monthly series are drawn. */
  readonly picked: readonly string[];
  readonly isFocused: boolean;
  readonly rows: number;
}

/** The yearly KPIs that have a monthly series, by yearly id. */
const MONTHLY_OF = new Map(MONTHLY_KPIS.map((m) => [m.yearly as string, m.id as string]));

/** Whether a KPI has a monthly series to draw. */
export function hasMonthlySeries(kpi: KpiDefinition): boolean {
  return MONTHLY_OF.has(kpi.id);
}

const W = { label: 26, value: 8, difference: 12, words: 18 };

function row(label: string, a: string, b: string, d: string, words: string): string {
  return `${label.padEnd(W.label).slice(0, W.label)} ${a.padStart(W.value)} ${b.padStart(W.value)} ${d.padStart(W.difference)}  ${words}`;
}

function Sparklines({ results, picked }: { readonly results: WhatIfResults; readonly picked: readonly string[] }) {
  if (picked.length === 0) return <Text wrap="truncate">Sparklines: Space on a KPI with a monthly series (◆) draws it.</Text>;
  return (
    <Box flexDirection="column">
      {picked.map((id) => {
        const kpi = KPIS.find((k) => k.id === id);
        const monthly = MONTHLY_OF.get(id);
        if (kpi === undefined || monthly === undefined) return null;
        const series = (summary: WhatIfResults['baseline']) => summary.months.map((m) => m.kpis[monthly]?.mean ?? null).slice(-48);
        const a = series(results.baseline);
        const b = series(results.whatIf);
        const all = [...a, ...b].filter((v): v is number => v !== null);
        const low = Math.min(...all);
        const high = Math.max(...all);
        return (
          <Box key={id} flexDirection="column">
            <Text wrap="truncate">{shortLabel(kpi.label, 17).padEnd(17)} baseline {sparkline(a, low, high)} {valueCell(low, kpi.unit)}–{valueCell(high, kpi.unit)}</Text>
            <Text wrap="truncate">{' '.repeat(17)} what-if  {sparkline(b, low, high)}</Text>
          </Box>
        );
      })}
    </Box>
  );
}

/**
 * The results of a run: per KPI the baseline and what-if means, the paired difference with its
 * 95% half-width, and in words which of them misses its statutory expectation; below it the
 * chosen KPI in full and the sparklines the planner picked.
 */
export default function Results({ results, year, cursor, picked, isFocused, rows }: Props) {
  const years = results.years;
  const compared = years[year];
  if (compared === undefined) return <Text>No report year {year + 1}; the run reported {years.length}.</Text>;
  const tableRows = Math.max(3, rows - 5 - (picked.length === 0 ? 1 : 2 * picked.length));
  const first = Math.max(0, Math.min(cursor - Math.floor(tableRows / 2), KPIS.length - tableRows));
  const chosen = KPIS[cursor];
  const c = chosen === undefined ? undefined : compared.kpis[chosen.id];
  return (
    <Box flexDirection="column">
      <Tint bold={isFocused} color={isFocused ? 'cyan' : undefined}>
        {isFocused ? '▸ ' : '  '}Results {compared.label} (← → year {year + 1}/{years.length}) · {results.whatIfName} vs {results.baselineName} · {results.replications} paired
      </Tint>
      <Tint dim>{row('  KPI', 'baseline', 'what-if', 'difference', 'outside expectation')}</Tint>
      {KPIS.slice(first, first + tableRows).map((kpi, i) => {
        const k = compared.kpis[kpi.id];
        const here = first + i === cursor;
        const mark = hasMonthlySeries(kpi) ? (picked.includes(kpi.id) ? '◆' : '◇') : ' ';
        const words = k === undefined ? '' : expectationWords(kpi, k.a.mean, k.b.mean);
        const text = row(`${here ? '›' : ' '}${mark}${shortLabel(kpi.label, W.label - 2)}`, valueCell(k?.a.mean ?? null, kpi.unit), valueCell(k?.b.mean ?? null, kpi.unit),
          k === undefined ? '—' : differenceCell(k.difference, kpi.unit), words);
        return <Tint key={kpi.id} inverse={isFocused && here} color={words === '' ? undefined : 'red'}>{text}</Tint>;
      })}
      <Text wrap="truncate">{chosen === undefined ? '' : `${chosen.label}: ${chosen.expectation === undefined ? 'no statutory expectation' : `expectation ${chosen.expectation.text}`}`}</Text>
      <Text wrap="truncate">
        {chosen === undefined || c === undefined ? '' : [
          `baseline ${valueCell(c.a.mean, chosen.unit)}${sideWords(chosen, c.a.mean)}`,
          `what-if ${valueCell(c.b.mean, chosen.unit)}${sideWords(chosen, c.b.mean)}`,
          `difference ${differenceCell(c.difference, chosen.unit)}`,
        ].join(' · ')}
      </Text>
      <Sparklines results={results} picked={picked} />
    </Box>
  );
}

function sideWords(kpi: KpiDefinition, value: number | null): string {
  const side = outside(kpi, value);
  return side === undefined ? '' : ` ${outsideSymbol(side)} ${side}`;
}
