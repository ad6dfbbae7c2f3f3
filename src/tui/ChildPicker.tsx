import { Box, Text } from 'ink';
import { CHILD_FILTERS, type ChildSummary, type ChildSurvey } from './trainer-data.ts';
import Tint from './Tint.tsx';

interface Props {
  readonly survey: ChildSurvey;
  readonly filter: number;
  readonly cursor: number;
  readonly rows: number;
}

function line(c: ChildSummary): string {
  return `${c.child.padEnd(9)} ${c.firstContact}  ${String(c.lateClocks).padStart(4)}  ${String(c.workersInAYear).padStart(7)}  ${String(c.events).padStart(6)}  ${c.finalState.replace(/^journey\./, '')}`;
}

/** Children of replication 1 that match the chosen filter, worst first. */
export default function ChildPicker({ survey, filter, cursor, rows }: Props) {
  const f = CHILD_FILTERS[filter] ?? CHILD_FILTERS[0];
  if (f === undefined) return null;
  const children = survey.matches[f.id];
  const first = Math.max(0, Math.min(cursor - rows + 1, children.length - rows));
  return (
    <Box flexDirection="column">
      <Tint bold color="cyan">Filter ← {f.label} → · {survey.counts[f.id]} of {survey.children.toLocaleString('en-GB')} children{survey.counts[f.id] > children.length ? ` (worst ${children.length} listed)` : ''}</Tint>
      <Tint dim>{`  ${'child'.padEnd(9)} ${'first contact'}  late  workers  events  state at the end`}</Tint>
      {children.length === 0 ? <Text>  No child in this replication matches; try another filter (← →).</Text> : null}
      {children.slice(first, first + rows).map((c, i) => {
        const here = first + i === cursor;
        return <Tint key={c.child} inverse={here}>{here ? '› ' : '  '}{line(c)}</Tint>;
      })}
    </Box>
  );
}
