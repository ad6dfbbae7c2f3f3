import { Box, Text, useInput } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { KPIS } from '../store/index.ts';
import type { RunSettings, TuiHost } from './host.ts';
import LeverPanel from './LeverPanel.tsx';
import { applyLevers, LEVERS, leverChanges, leverValueText, type LeverSteps } from './levers.ts';
import { clampIndex, nextFocus, type PlannerFocus } from './planner-keys.ts';
import Results, { hasMonthlySeries } from './Results.tsx';
import RunBar from './RunBar.tsx';
import ScenarioList from './ScenarioList.tsx';
import type { Size } from './screen.ts';
import type { SimScenario } from './sim-scenario.ts';
import Tint from './Tint.tsx';
import { useSyncedState } from './use-synced-state.ts';
import { useTask } from './use-task.ts';
import { runWhatIf, type WhatIfResults } from './what-if-run.ts';

interface Props {
  readonly host: TuiHost;
  readonly settings: RunSettings;
  readonly size: Size;
  readonly isActive: boolean;
  readonly baselineName: string;
  readonly baseline: SimScenario | undefined;
  readonly problem: string | undefined;
  readonly onChooseScenario: (name: string) => void;
  readonly onBack: () => void;
}

/** Where the planner's cursors are and what the levers say. */
interface PlannerView {
  readonly focus: PlannerFocus;
  readonly scenarioCursor: number;
  readonly leverCursor: number;
  readonly steps: LeverSteps;
  readonly year: number;
  readonly kpiCursor: number;
  readonly picked: readonly string[];
}

/** At most this many sparklines, so the table keeps most of a 24-line screen. */
const MAX_SPARKLINES = 2;

/** The what-if in words, for the saved file's description. */
function describe(baseline: SimScenario, whatIf: SimScenario, steps: LeverSteps): string {
  const moved = LEVERS.filter((l) => (steps[l.id] ?? 0) !== 0)
    .map((l) => `${l.label.toLowerCase()} ${leverValueText(l, baseline)} → ${leverValueText(l, whatIf)} ${l.unit}`);
  return `What-if made in the planner: ${moved.join('; ')}.`;
}

/**
 * The planner: choose a baseline, move levers, run both with common random numbers and read the
 * KPI differences; save the what-if as a scenario file.
 */
export default function Planner({ host, settings, size, isActive, baselineName, baseline, problem, onChooseScenario, onBack }: Props) {
  const [listed, setListed] = useState(0);
  const names = useMemo(() => host.listScenarios(), [host, listed]);
  const [view, getView, setView] = useSyncedState<PlannerView>(() => ({
    focus: 'levers', scenarioCursor: Math.max(0, names.indexOf(baselineName)), leverCursor: 0, steps: {}, year: 0, kpiCursor: 0, picked: [],
  }));
  const { focus, scenarioCursor, leverCursor, steps, year, kpiCursor, picked } = view;
  const [message, setMessage] = useState('');
  const run = useTask<WhatIfResults>();
  const whatIfName = `${baselineName}-what-if`;
  const whatIf = useMemo(() => (baseline === undefined ? undefined : applyLevers(baseline, steps, whatIfName)), [baseline, steps, whatIfName]);
  const results = run.state.kind === 'done' ? run.state.value : undefined;

  useEffect(() => {
    setView((v) => ({ ...v, steps: {} }));
    run.reset();
  }, [baseline, run.reset, setView]);
  useEffect(() => {
    if (run.state.kind === 'done') {
      const last = run.state.value.years.length - 1;
      setView((v) => ({ ...v, focus: 'results', year: last }));
    }
  }, [run.state, setView]);

  const save = (): void => {
    const current = getView().steps;
    if (baseline === undefined) return;
    const changes = leverChanges(baseline, current);
    if (changes.length === 0) {
      setMessage('Nothing to save: move a lever first (← →).');
      return;
    }
    try {
      const saved = host.saveWhatIf({ name: whatIfName, baseline: baselineName, description: describe(baseline, applyLevers(baseline, current, whatIfName), current), changes });
      setMessage(`Saved ${saved.file}; run it with: drift run ${saved.name}`);
      setListed((n) => n + 1);
    } catch (error) {
      setMessage(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  useInput((input, key) => {
    const v = getView();
    const task = run.get();
    const running = task.kind === 'running';
    const results = task.kind === 'done' ? task.value : undefined;
    const update = (change: Partial<PlannerView>): void => setView((now) => ({ ...now, ...change }));
    if (key.escape) {
      if (running) run.cancel();
      else if (v.focus === 'results') update({ focus: 'levers' });
      else onBack();
      return;
    }
    if (key.tab) update({ focus: nextFocus(v.focus, results !== undefined) });
    else if (input === 'r' && !running && baseline !== undefined) {
      setMessage('');
      const whatIfNow = applyLevers(baseline, v.steps, whatIfName);
      run.start((signal, progress) => runWhatIf(baseline, whatIfNow, settings, signal, progress));
    } else if (input === 's') save();
    else if (v.focus === 'scenarios') {
      if (key.upArrow || key.downArrow) update({ scenarioCursor: clampIndex(v.scenarioCursor, key.upArrow ? -1 : 1, names.length) });
      const name = names[v.scenarioCursor];
      if (key.return && name !== undefined && !running) onChooseScenario(name);
    } else if (v.focus === 'levers') {
      if (key.upArrow || key.downArrow) update({ leverCursor: clampIndex(v.leverCursor, key.upArrow ? -1 : 1, LEVERS.length) });
      const lever = LEVERS[v.leverCursor];
      if (lever !== undefined && (key.leftArrow || key.rightArrow) && !running) {
        update({ steps: { ...v.steps, [lever.id]: (v.steps[lever.id] ?? 0) + (key.rightArrow ? 1 : -1) } });
      }
      if (lever !== undefined && input === '0' && !running) update({ steps: { ...v.steps, [lever.id]: 0 } });
    } else if (results !== undefined) {
      if (key.upArrow || key.downArrow) update({ kpiCursor: clampIndex(v.kpiCursor, key.upArrow ? -1 : 1, KPIS.length) });
      if (key.leftArrow || key.rightArrow) update({ year: clampIndex(v.year, key.leftArrow ? -1 : 1, results.years.length) });
      const kpi = KPIS[v.kpiCursor];
      if (input === ' ' && kpi !== undefined) {
        if (!hasMonthlySeries(kpi)) setMessage(`${kpi.label} has no monthly series; the ◇ KPIs have one.`);
        else update({ picked: v.picked.includes(kpi.id) ? v.picked.filter((id) => id !== kpi.id) : [...v.picked, kpi.id].slice(-MAX_SPARKLINES) });
      }
    }
  }, { isActive });

  const body = size.rows - 3;
  const keys = focus === 'results'
    ? '↑↓ KPI · ←→ year · Space sparkline · Tab panel · s save · r rerun · Esc back'
    : '↑↓ ←→ levers · 0 reset · Tab panel · Enter baseline · r run · s save · Esc home';
  return (
    <Box flexDirection="column">
      {focus === 'results' && results !== undefined ? (
        <Results results={results} year={year} cursor={kpiCursor} picked={picked} isFocused rows={body} />
      ) : (
        <Box height={Math.min(body, LEVERS.length + 2)}>
          <ScenarioList names={names} cursor={scenarioCursor} current={baselineName} isFocused={focus === 'scenarios'} height={LEVERS.length} />
          {baseline !== undefined && whatIf !== undefined
            ? <LeverPanel baseline={baseline} whatIf={whatIf} steps={steps} cursor={leverCursor} isFocused={focus === 'levers'} />
            : <Text wrap="wrap">Scenario {baselineName} cannot be used: {problem}. Choose another (Tab, ↑↓, Enter).</Text>}
        </Box>
      )}
      <RunBar state={run.state} what="Running baseline and what-if" width={size.columns} again="Press r to run again." />
      {results !== undefined && focus !== 'results' ? <Text>Results are ready: Tab to read them.</Text> : null}
      {message === '' ? null : <Tint color="green">{message}</Tint>}
      <Tint dim>{keys}</Tint>
    </Box>
  );
}
