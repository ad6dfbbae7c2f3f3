import { createContext, useContext, type ReactNode } from 'react';
import { Text } from 'ink';

/** False when NO_COLOR is set: every colour is dropped, the symbols and words stay. */
export const ColorContext = createContext(true);

interface Props {
  readonly color?: string | undefined;
  readonly bold?: boolean;
  readonly inverse?: boolean;
  readonly dim?: boolean;
  readonly children: ReactNode;
}

/**
 * Text in a colour, or plain when colour is off. Colour only ever repeats what a symbol or a word
 * already says (house rule: never colour alone).
 */
export default function Tint({ color, bold = false, inverse = false, dim = false, children }: Props) {
  const colored = useContext(ColorContext);
  return (
    <Text wrap="truncate" bold={bold} inverse={inverse} dimColor={colored && dim} {...(colored && color !== undefined ? { color } : {})}>
      {children}
    </Text>
  );
}
