import { Box, Text } from 'ink';
import type { ChildTimeline, StepMark, TimelineStep } from './trainer-data.ts';
import Tint from './Tint.tsx';

interface Props {
  readonly timeline: ChildTimeline;
  readonly step: number;
  readonly mechanism: string;
  readonly rows: number;
}

/** Each mark as a symbol and words: a trainer points at these, and colour alone would not survive a projector. */
const MARKS: Readonly<Record<StepMark, { readonly symbol: string; readonly words: string }>> = {
  workerChanged: { symbol: '⚑', words: 'worker changed' },
  workerReleased: { symbol: '⚑', words: 'worker left the case' },
  unallocated: { symbol: '○', words: 'unallocated' },
  oversightMissed: { symbol: '✗', words: 'missed task' },
};

function marksText(step: TimelineStep): string {
  return step.marks.map((m) => `${MARKS[m].symbol} ${MARKS[m].words}`).join(' ');
}

function symbols(step: TimelineStep): string {
  return step.marks.map((m) => MARKS[m].symbol).join('').padEnd(2).slice(0, 2);
}

/**
 * One child's journey at one step: the events around it (marked), the state the machine is in,
 * and every statutory clock then open with its due date and working days left.
 */
export default function JourneyPlayer({ timeline, step, mechanism, rows }: Props) {
  const current = timeline.steps[step];
  if (current === undefined) return <Text>Child {timeline.child} has no events.</Text>;
  const clockRows = Math.min(current.openClocks.length, 5);
  const eventRows = Math.max(3, rows - 6 - Math.max(1, clockRows));
  const first = Math.max(0, Math.min(step - Math.floor(eventRows / 2), timeline.steps.length - eventRows));
  return (
    <Box flexDirection="column">
      <Tint bold color="cyan">
        Child {timeline.child} · step {step + 1}/{timeline.steps.length} · {current.day} · {timeline.scenario}
      </Tint>
      <Text wrap="truncate">State: {current.state.replace(/^journey\./, '')}</Text>
      <Text wrap="truncate">
        Journey: {timeline.workerChanges} worker changes · {timeline.unallocatedDays} days unallocated · {timeline.missedOversight} missed tasks · {timeline.lateClocks} late clocks
      </Text>
      {timeline.steps.slice(first, first + eventRows).map((s, i) => {
        const here = first + i === step;
        const marked = s.marks.length > 0;
        return (
          <Tint key={`${first + i}`} inverse={here} color={marked ? 'yellow' : undefined} bold={marked}>
            {here ? '›' : ' '}{symbols(s)} {s.day}  {s.event.padEnd(40).slice(0, 40)} {here ? marksText(s) : ''}
          </Tint>
        );
      })}
      <Text wrap="truncate">
        Open clocks on {current.day}{current.openClocks.length === 0 ? ': none' : ` (${current.openClocks.length})`} · {current.unallocatedDays} days unallocated so far
      </Text>
      {current.openClocks.slice(0, clockRows).map((c) => (
        <Tint key={`${c.rule}-${c.due}`} color={c.workingDaysLeft < 0 ? 'red' : undefined}>
          {'  '}{c.rule.padEnd(28)} due {c.due}  {c.workingDaysLeft < 0 ? `✗ OVERDUE by ${-c.workingDaysLeft} working days` : `${c.workingDaysLeft} working day${c.workingDaysLeft === 1 ? '' : 's'} left`}
        </Tint>
      ))}
      <Text wrap="truncate">m mechanism to switch off: {mechanism} · x replay without it</Text>
    </Box>
  );
}
