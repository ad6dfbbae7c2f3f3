import { Box, Text } from 'ink';
import { LEVERS, leverValueText, type Lever, type LeverSteps } from './levers.ts';
import type { SimScenario } from './sim-scenario.ts';
import Tint from './Tint.tsx';

interface Props {
  readonly baseline: SimScenario;
  readonly whatIf: SimScenario;
  readonly steps: LeverSteps;
  readonly cursor: number;
  readonly isFocused: boolean;
}

/** `16 → 25`, or for per-team values (too long for both) the what-if and the change: `19/17/16/23/13 (+1)`. */
function valueText(lever: Lever, before: string, after: string, steps: number): string {
  if (before === after) return before;
  if (!before.includes('/')) return `${before} → ${after}`;
  const change = Number((steps * lever.step * lever.scale).toFixed(2));
  return `${after} (${change > 0 ? '+' : ''}${change})`;
}

/**
 * The levers, each with the baseline value, the what-if value and the unit. A lever moved from
 * the baseline is marked with `*` as well as colour. Workforce levers show one value per team
 * when the teams differ (assessment/protection/looked after/leaving care/adoption).
 */
export default function LeverPanel({ baseline, whatIf, steps, cursor, isFocused }: Props) {
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Tint bold={isFocused} color={isFocused ? 'cyan' : undefined}>{isFocused ? '▸ ' : '  '}Levers {'(baseline → what-if)'.padStart(18)}</Tint>
      {LEVERS.map((lever, i) => {
        const before = leverValueText(lever, baseline);
        const after = leverValueText(lever, whatIf);
        const moved = before !== after;
        const here = i === cursor;
        return (
          <Box key={lever.id}>
            <Tint inverse={isFocused && here}>{here ? '›' : ' '}{moved ? '*' : ' '}{lever.label.padEnd(21)}</Tint>
            <Text> </Text>
            <Tint color={moved ? 'yellow' : undefined} bold={moved}>{valueText(lever, before, after, steps[lever.id] ?? 0).padEnd(19).slice(0, 19)}</Tint>
            <Text wrap="truncate"> {lever.unit}</Text>
          </Box>
        );
      })}
    </Box>
  );
}
