import { produce } from 'immer';
import type { JourneyEvent } from '../domain/index.ts';
import type { JourneyContext } from './context.ts';
import { applyOrExplain, compiledJourney } from './replay.ts';
import { createJourneyState, type JourneyState } from './step.ts';
import type { JourneyError } from './journey-error.ts';

/** One step of a child's history: the event and the state it led to (immutable, structurally shared). */
export interface JourneyStep {
  readonly event: JourneyEvent;
  readonly path: string;
  readonly state: Readonly<{ leaf: number; context: Readonly<JourneyContext> }>;
}

/** A child's whole history, or the steps up to the event that broke it. */
export interface JourneyHistory {
  readonly initial: Readonly<JourneyState>;
  readonly steps: readonly JourneyStep[];
  readonly error: JourneyError | null;
}

/**
 * Builds the per-event history people step through (`drift journey`, the trainer's player): each
 * state is an immer `produce` over the previous one running the same compiled step, so stepping
 * back and forth copies nothing (ARCHITECTURE D11). The simulator's hot path mutates plain state
 * instead; a test checks both give the same journey.
 */
export function journeyHistory(events: readonly JourneyEvent[], lines?: readonly number[]): JourneyHistory {
  const compiled = compiledJourney();
  const initial = produce(createJourneyState(compiled), () => undefined);
  const steps: JourneyStep[] = [];
  let current: Readonly<JourneyState> = initial;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as JourneyEvent;
    let error: JourneyError | null = null;
    const next = produce(current, (draft) => {
      error = applyOrExplain(compiled, draft as JourneyState, event, lastDay, i, lines?.[i]);
    });
    if (error !== null) return { initial, steps, error };
    current = next;
    lastDay = event.day;
    steps.push({ event, path: compiled.leafPaths[next.leaf] ?? '?', state: next });
  }
  return { initial, steps, error: null };
}
