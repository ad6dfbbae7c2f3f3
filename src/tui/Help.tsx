import { Box, Text } from 'ink';
import { COMMON_KEYS, type Screen } from './screen.ts';
import Tint from './Tint.tsx';

const SCREEN_KEYS: Readonly<Record<Screen, readonly (readonly [string, string])[]>> = {
  home: [
    ['↑ ↓  Enter', 'choose a screen'],
    ['p', 'planner: move levers, run baseline and what-if, compare KPIs'],
    ['t', 'trainer: play one child\'s journey, switch a drift cause off'],
  ],
  planner: [
    ['Tab', 'move between scenarios, levers and results'],
    ['↑ ↓', 'choose a scenario, lever or KPI'],
    ['Enter', 'use the chosen scenario as the baseline'],
    ['← →', 'move the lever down or up one step (results: change year)'],
    ['0', 'put the lever back to the baseline'],
    ['r', 'run baseline and what-if (worker threads; Esc cancels)'],
    ['Space', 'results: show or hide the monthly sparkline of a KPI'],
    ['s', 'save the what-if as a scenario that extends the baseline'],
  ],
  trainer: [
    ['← →', 'list: change filter; player: step back or forward'],
    ['↑ ↓', 'choose a child; side by side: scroll'],
    ['Enter', 'play the chosen child\'s journey'],
    ['Home End', 'first or last event'],
    ['m', 'choose the drift mechanism to switch off'],
    ['x', 'replay the same child with it off, side by side'],
  ],
};

const NOTES: Readonly<Record<Screen, string>> = {
  home: 'The status line shows the scenario, seed and replications every run uses.',
  planner: '▼ below / ▲ above: a value on the wrong side of its statutory expectation. ± is the 95% interval of the paired difference (common random numbers).',
  trainer: 'Children come from replication 1 of the seed, as `drift run` writes it to events.ndjson. ⚑ worker changed · ○ unallocated · ✗ missed oversight.',
};

interface Props {
  readonly screen: Screen;
  readonly width: number;
}

/** The `?` page of a screen: its keys, then the keys every screen shares. */
export default function Help({ screen, width }: Props) {
  const keys = [...SCREEN_KEYS[screen], ...COMMON_KEYS];
  return (
    <Box flexDirection="column" width={width}>
      <Tint bold>Help: {screen} screen (press ? or Esc to close)</Tint>
      <Text> </Text>
      {keys.map(([key, what]) => (
        <Text key={key} wrap="truncate">  {key.padEnd(11)} {what}</Text>
      ))}
      <Text> </Text>
      <Text wrap="wrap">{NOTES[screen]}</Text>
    </Box>
  );
}
