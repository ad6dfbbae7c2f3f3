import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import type { Screen } from './screen.ts';
import Tint from './Tint.tsx';

interface Props {
  readonly isActive: boolean;
  readonly onChoose: (screen: Exclude<Screen, 'home'>) => void;
}

const CHOICES: readonly { readonly screen: Exclude<Screen, 'home'>; readonly key: string; readonly title: string; readonly what: string }[] = [
  { screen: 'planner', key: 'p', title: 'Planner', what: 'move workforce and demand levers, run baseline and what-if, compare KPIs' },
  { screen: 'trainer', key: 't', title: 'Trainer', what: 'step through one child\'s journey; switch a drift cause off and replay' },
];

/** The first screen: planner or trainer. */
export default function Home({ isActive, onChoose }: Props) {
  const [index, setIndex] = useState(0);
  useInput((input, key) => {
    if (key.upArrow || key.downArrow) setIndex((i) => (i + 1) % CHOICES.length);
    const chosen = key.return ? CHOICES[index] : CHOICES.find((c) => c.key === input);
    if (chosen !== undefined) onChoose(chosen.screen);
  }, { isActive });
  return (
    <Box flexDirection="column">
      <Text> </Text>
      <Text>  Children's social care, simulated: who waits, and why.</Text>
      <Text> </Text>
      {CHOICES.map((c, i) => (
        <Box key={c.screen} flexDirection="column">
          <Tint bold={i === index} color={i === index ? 'cyan' : undefined}>{i === index ? '› ' : '  '}{c.key}  {c.title}</Tint>
          <Text wrap="truncate">      {c.what}</Text>
        </Box>
      ))}
      <Text> </Text>
      <Text>  ↑ ↓ Enter or p / t to choose · ? help · q quit</Text>
    </Box>
  );
}
