import { Box, Text } from 'ink';
import type { RunSettings } from './host.ts';
import type { Screen } from './screen.ts';
import Tint from './Tint.tsx';

interface Props {
  readonly screen: Screen;
  readonly scenario: string;
  readonly settings: RunSettings;
  readonly width: number;
}

const TITLES: Readonly<Record<Screen, string>> = { home: 'home', planner: 'planner', trainer: 'trainer' };

/** The top line of every screen: where you are and what a run will use (seed and replications, D9). */
export default function StatusLine({ screen, scenario, settings, width }: Props) {
  const text = `drift ${TITLES[screen]} │ scenario ${scenario} │ seed ${settings.seed} │ ${settings.replications} replication${settings.replications === 1 ? '' : 's'} │ ? help │ q quit`;
  return (
    <Box width={width}>
      <Tint inverse color="cyan">{text.padEnd(width).slice(0, width)}</Tint>
      <Text> </Text>
    </Box>
  );
}
