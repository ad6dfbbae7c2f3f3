import { Box, Text, useInput } from 'ink';
import { useEffect } from 'react';
import ChildPicker from './ChildPicker.tsx';
import type { RunSettings, TuiHost } from './host.ts';
import JourneyPlayer from './JourneyPlayer.tsx';
import { clampIndex } from './planner-keys.ts';
import RunBar from './RunBar.tsx';
import type { Size } from './screen.ts';
import SideBySide from './SideBySide.tsx';
import { MECHANISMS, withoutMechanism, type SimScenario } from './sim-scenario.ts';
import Tint from './Tint.tsx';
import { CHILD_FILTERS, type ChildSurvey, type ChildTimeline } from './trainer-data.ts';
import { useSyncedState } from './use-synced-state.ts';
import { useTask } from './use-task.ts';

interface Props {
  readonly host: TuiHost;
  readonly settings: RunSettings;
  readonly size: Size;
  readonly isActive: boolean;
  readonly scenario: SimScenario;
  readonly onBack: () => void;
}

type Phase = 'pick' | 'play' | 'compare';

/** Where the trainer is: which list, child, step and mechanism. */
interface TrainerView {
  readonly phase: Phase;
  readonly filter: number;
  readonly cursor: number;
  readonly step: number;
  readonly mechanism: number;
  readonly scroll: number;
}

/**
 * The trainer: find a child whose case drifted, step through the journey, then switch one drift
 * mechanism off and show the same child again beside it. Every simulation runs in a worker thread.
 */
export default function Trainer({ host, settings, size, isActive, scenario, onBack }: Props) {
  const [view, getView, setView] = useSyncedState<TrainerView>(() => ({
    phase: 'pick', filter: 0, cursor: 0, step: 0, scroll: 0, mechanism: Math.max(0, MECHANISMS.findIndex((m) => m.id === 'turnover')),
  }));
  const { phase, filter, cursor, step, mechanism, scroll } = view;
  const survey = useTask<ChildSurvey>();
  const timeline = useTask<ChildTimeline | undefined>();
  const replay = useTask<ChildTimeline | undefined>();
  const chosenMechanism = MECHANISMS[mechanism] ?? MECHANISMS[0];

  useEffect(() => {
    setView((v) => ({ ...v, phase: 'pick' }));
    survey.start((signal) => host.surveyChildren(scenario, settings.seed, signal));
  }, [host, scenario, settings.seed, survey.start, setView]);

  const matchesOf = (f: number) => {
    const surveyed = survey.get();
    return surveyed.kind === 'done' ? surveyed.value.matches[CHILD_FILTERS[f]?.id ?? 'threePlusWorkers'] : [];
  };
  const playedNow = (): ChildTimeline | undefined => {
    const t = timeline.get();
    return t.kind === 'done' ? t.value : undefined;
  };
  const played = timeline.state.kind === 'done' ? timeline.state.value : undefined;
  const replayed = replay.state.kind === 'done' ? replay.state.value : undefined;

  const startReplay = (m: number): void => {
    const off = MECHANISMS[m];
    const played = playedNow();
    if (played === undefined || off === undefined) return;
    const scenarioOff = withoutMechanism(scenario, off.id);
    replay.start((signal) => host.childTimeline(scenarioOff, settings.seed, played.child, signal));
  };

  useInput((input, key) => {
    const v = getView();
    const update = (change: Partial<TrainerView>): void => setView((now) => ({ ...now, ...change }));
    if (key.escape) {
      if (v.phase === 'compare') {
        replay.cancel();
        update({ phase: 'play' });
      } else if (v.phase === 'play') {
        timeline.cancel();
        update({ phase: 'pick' });
      } else {
        survey.cancel();
        onBack();
      }
      return;
    }
    if (input === 'm') update({ mechanism: (v.mechanism + 1) % MECHANISMS.length });
    switch (v.phase) {
      case 'pick': {
        if (key.leftArrow || key.rightArrow) {
          update({ filter: (v.filter + (key.rightArrow ? 1 : CHILD_FILTERS.length - 1)) % CHILD_FILTERS.length, cursor: 0 });
        }
        const matches = matchesOf(v.filter);
        if (key.upArrow || key.downArrow) update({ cursor: clampIndex(v.cursor, key.upArrow ? -1 : 1, matches.length) });
        const child = matches[v.cursor];
        if (key.return && child !== undefined) {
          update({ phase: 'play', step: 0 });
          timeline.start((signal) => host.childTimeline(scenario, settings.seed, child.child, signal));
        }
        return;
      }
      case 'play': {
        const count = playedNow()?.steps.length ?? 0;
        if (key.leftArrow || key.rightArrow) update({ step: clampIndex(v.step, key.leftArrow ? -1 : 1, count) });
        if (key.home) update({ step: 0 });
        if (key.end) update({ step: Math.max(0, count - 1) });
        if (input === 'x' && playedNow() !== undefined) {
          update({ phase: 'compare', scroll: 0 });
          startReplay(getView().mechanism);
        }
        return;
      }
      case 'compare':
        if (key.upArrow || key.downArrow) update({ scroll: Math.max(0, v.scroll + (key.upArrow ? -1 : 1)) });
        if (input === 'x') {
          update({ scroll: 0 });
          startReplay(getView().mechanism);
        }
        return;
      default: {
        const unknownPhase: never = v.phase;
        throw new Error(`unknown trainer phase ${String(unknownPhase)}`);
      }
    }
  }, { isActive });

  const rows = size.rows - 3;
  const mechanismLabel = chosenMechanism?.label ?? '';
  const body = (() => {
    switch (phase) {
      case 'pick':
        return survey.state.kind === 'done'
          ? <ChildPicker survey={survey.state.value} filter={filter} cursor={cursor} rows={rows - 3} />
          : <RunBar state={survey.state} what={`Simulating replication 1 of ${scenario.name}`} width={size.columns} again="Press Esc, then t to try again." />;
      case 'play':
        if (timeline.state.kind !== 'done') {
          return <RunBar state={timeline.state} what="Replaying the child" width={size.columns} again="Press Enter to try again." />;
        }
        return played === undefined
          ? <Text>That child does not appear in this run.</Text>
          : <JourneyPlayer timeline={played} step={step} mechanism={mechanismLabel} rows={rows} />;
      case 'compare':
        if (replay.state.kind !== 'done' || played === undefined) {
          return <RunBar state={replay.state} what={`Replaying without ${chosenMechanism?.id ?? ''}`} width={size.columns} again="Press x to try again." />;
        }
        return replayed === undefined
          ? <Text>Without {mechanismLabel} the child never reaches children's services in this run: the mechanism shaped who came in.</Text>
          : <SideBySide asIs={played} without={replayed} mechanism={mechanismLabel} scroll={scroll} rows={rows} />;
      default: {
        const unknownPhase: never = phase;
        throw new Error(`unknown trainer phase ${String(unknownPhase)}`);
      }
    }
  })();
  const keys = phase === 'pick' ? '←→ filter · ↑↓ child · Enter play · Esc home' : phase === 'play'
    ? '←→ step · Home End · m mechanism · x replay · Esc list'
    : '↑↓ scroll · m mechanism · x replay · Esc player';
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" height={rows}>{body}</Box>
      <Tint dim>{keys} · ? help · q quit</Tint>
    </Box>
  );
}
