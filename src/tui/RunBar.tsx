import { Box, Text } from 'ink';
import type { TaskState } from './use-task.ts';
import Tint from './Tint.tsx';

interface Props<T> {
  readonly state: TaskState<T>;
  readonly what: string;
  readonly width: number;
  /** What to press to try again, said after a cancel. */
  readonly again: string;
}

/** A task's progress as a bar with counts, or how it ended (cancelled, failed). */
export default function RunBar<T>({ state, what, width, again }: Props<T>) {
  switch (state.kind) {
    case 'idle':
    case 'done':
      return null;
    case 'running': {
      const barWidth = Math.max(10, width - what.length - 26);
      const filled = state.total === 0 ? 0 : Math.round((state.done / state.total) * barWidth);
      return (
        <Box>
          <Text>{what} </Text>
          <Tint color="green">{'█'.repeat(filled)}</Tint>
          <Text>{'░'.repeat(barWidth - filled)} {state.done}/{state.total || '…'} · Esc cancels</Text>
        </Box>
      );
    }
    case 'cancelled':
      return <Tint color="yellow">{what}: cancelled; nothing was kept. {again}</Tint>;
    case 'failed':
      return <Tint color="red">{what} failed: {state.message}</Tint>;
    default: {
      const unknownState: never = state;
      throw new Error(`unknown task state ${JSON.stringify(unknownState)}`);
    }
  }
}
