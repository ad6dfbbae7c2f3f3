import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useState } from 'react';
import Help from './Help.tsx';
import Home from './Home.tsx';
import type { RunSettings, TuiHost } from './host.ts';
import Planner from './Planner.tsx';
import type { Screen, Size } from './screen.ts';
import type { SimScenario } from './sim-scenario.ts';
import StatusLine from './StatusLine.tsx';
import { ColorContext } from './Tint.tsx';
import Trainer from './Trainer.tsx';

interface Props {
  readonly host: TuiHost;
  readonly settings: RunSettings;
  /** The scenario to start with (a name in the scenarios folder). */
  readonly scenario: string;
  /** False when NO_COLOR is set. */
  readonly color: boolean;
  /** Fixed size (tests); else the terminal's, and at least 80×24. */
  readonly size?: Size;
  readonly initialScreen?: Screen;
}

function useSize(fixed: Size | undefined): Size {
  const { stdout } = useStdout();
  const measure = useCallback((): Size => ({
    columns: Math.max(80, stdout.columns || 80), rows: Math.max(24, stdout.rows || 24),
  }), [stdout]);
  const [size, setSize] = useState(measure);
  useEffect(() => {
    if (fixed !== undefined) return undefined;
    const onResize = (): void => setSize(measure());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [fixed, stdout, measure]);
  return fixed ?? size;
}

/**
 * `drift tui`: the home screen, the planner and the trainer under one status line. `q` leaves
 * from anywhere (ink restores the terminal; unmounting cancels any run), `?` shows the screen's help.
 */
export default function App({ host, settings, scenario: initial, color, size: fixedSize, initialScreen = 'home' }: Props) {
  const { exit } = useApp();
  const size = useSize(fixedSize);
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const [help, setHelp] = useState(false);
  const [loaded, setLoaded] = useState<{ name: string; scenario: SimScenario | undefined; problem: string | undefined }>(() => load(host, initial));
  useInput((input, key) => {
    if (input === 'q') exit();
    else if (input === '?') setHelp((h) => !h);
    else if (help && key.escape) setHelp(false);
    // A trainer without a scenario has no screen of its own to take Esc.
    else if (key.escape && screen === 'trainer' && loaded.scenario === undefined) setScreen('home');
  });
  const chooseScenario = useCallback((name: string) => setLoaded(load(host, name)), [host]);
  const home = useCallback(() => setScreen('home'), []);
  const body = (() => {
    if (help) return <Help screen={screen} width={size.columns} />;
    if (loaded.scenario === undefined && screen === 'trainer') {
      return <Text wrap="wrap">Scenario {loaded.name} cannot be used: {loaded.problem}. Press Esc, then choose another in the planner.</Text>;
    }
    switch (screen) {
      case 'home':
        return <Home isActive={!help} onChoose={setScreen} />;
      case 'planner':
        return (
          <Planner host={host} settings={settings} size={size} isActive={!help}
            baselineName={loaded.name} baseline={loaded.scenario} problem={loaded.problem}
            onChooseScenario={chooseScenario} onBack={home} />
        );
      case 'trainer':
        return loaded.scenario === undefined ? null : (
          <Trainer host={host} settings={settings} size={size} isActive={!help} scenario={loaded.scenario} onBack={home} />
        );
      default: {
        const unknownScreen: never = screen;
        throw new Error(`unknown screen ${String(unknownScreen)}`);
      }
    }
  })();
  return (
    <ColorContext.Provider value={color}>
      <Box flexDirection="column" width={size.columns} height={size.rows}>
        <StatusLine screen={screen} scenario={loaded.name} settings={settings} width={size.columns} />
        {body}
      </Box>
    </ColorContext.Provider>
  );
}

function load(host: TuiHost, name: string): { name: string; scenario: SimScenario | undefined; problem: string | undefined } {
  try {
    return { name, scenario: host.loadScenario(name), problem: undefined };
  } catch (error) {
    return { name, scenario: undefined, problem: error instanceof Error ? error.message : String(error) };
  }
}
