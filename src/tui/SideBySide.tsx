import { Box, Text } from 'ink';
import { compareTimelines, journeyDaysGained } from './timeline-compare.ts';
import type { ChildTimeline } from './trainer-data.ts';
import Tint from './Tint.tsx';

interface Props {
  readonly asIs: ChildTimeline;
  readonly without: ChildTimeline;
  readonly mechanism: string;
  readonly scroll: number;
  readonly rows: number;
}

function gained(days: number | undefined): string {
  if (days === undefined) return '';
  if (days === 0) return '0';
  return days > 0 ? `+${days}` : String(days);
}

function endWords(days: number | undefined): string {
  if (days === undefined || days === 0) return 'Last event on the same day';
  return `Last event ${Math.abs(days)} days ${days > 0 ? 'earlier' : 'later'}`;
}

function totals(t: ChildTimeline): string {
  return `${t.lateClocks} late clocks, ${t.unallocatedDays} days unallocated, ${t.workerChanges} worker change${t.workerChanges === 1 ? '' : 's'}`;
}

/**
 * The same child twice (same seed, common random numbers): as simulated and with one mechanism
 * off, events lined up, with the days each happens earlier without it.
 */
export default function SideBySide({ asIs, without, mechanism, scroll, rows }: Props) {
  const lines = compareTimelines(asIs, without);
  const end = journeyDaysGained(asIs, without);
  const shown = Math.max(3, rows - 6);
  const first = Math.max(0, Math.min(scroll, lines.length - shown));
  return (
    <Box flexDirection="column">
      <Tint bold color="cyan">Child {asIs.child}: as simulated vs without {mechanism} (same seed)</Tint>
      <Text wrap="truncate">As simulated: {totals(asIs)}</Text>
      <Text wrap="truncate">Without it:   {totals(without)}</Text>
      <Text wrap="truncate">{endWords(end)} (gained: days earlier without it)</Text>
      <Tint dim>{`${'event'.padEnd(40)} ${'as simulated'.padEnd(12)} ${'without'.padEnd(12)} gained`}</Tint>
      {lines.slice(first, first + shown).map((l, i) => (
        <Tint key={`${first + i}`} color={l.daysGained !== undefined && l.daysGained > 0 ? 'green' : undefined}>
          {l.event.padEnd(40).slice(0, 40)} {(l.asIs ?? '—').padEnd(12)} {(l.without ?? '—').padEnd(12)} {gained(l.daysGained)}
        </Tint>
      ))}
      <Tint dim>{`↑↓ scroll (${first + 1}–${Math.min(lines.length, first + shown)} of ${lines.length}) · m other mechanism · x replay · Esc back to the player`}</Tint>
    </Box>
  );
}
