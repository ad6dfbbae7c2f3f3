import { Box, Text } from 'ink';
import Tint from './Tint.tsx';

interface Props {
  readonly names: readonly string[];
  readonly cursor: number;
  readonly current: string;
  readonly isFocused: boolean;
  readonly height: number;
}

/** The scenarios folder, one name a line; ✓ marks the baseline in use. */
export default function ScenarioList({ names, cursor, current, isFocused, height }: Props) {
  const first = Math.max(0, Math.min(cursor - height + 1, names.length - height));
  return (
    <Box flexDirection="column" width={18}>
      <Tint bold={isFocused} color={isFocused ? 'cyan' : undefined}>{isFocused ? '▸ ' : '  '}Scenarios</Tint>
      {names.slice(first, first + height).map((name, i) => {
        const here = first + i === cursor;
        return (
          <Tint key={name} inverse={isFocused && here}>
            {here ? '›' : ' '}{name === current ? '✓' : ' '}{name.slice(0, 15)}
          </Tint>
        );
      })}
      {names.length === 0 ? <Text>(no .yaml files)</Text> : null}
    </Box>
  );
}
