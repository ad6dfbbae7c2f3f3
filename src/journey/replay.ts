import type { JourneyEvent } from '../domain/index.ts';
import { compileJourney, type CompiledJourney } from './compile.ts';
import { JourneyError } from './journey-error.ts';
import { legalEvents } from './legal-events.ts';
import { journeyMachine } from './machine.ts';
import { createJourneyState, stepJourney, type JourneyState } from './step.ts';

let defaultCompiled: CompiledJourney | undefined;

/** The journey machine compiled once per process. */
export function compiledJourney(): CompiledJourney {
  defaultCompiled ??= compileJourney(journeyMachine);
  return defaultCompiled;
}

/** The outcome of replaying one child's events. */
export type ReplayResult =
  | { readonly ok: true; readonly state: JourneyState; readonly path: string }
  | { readonly ok: false; readonly error: JourneyError; readonly state: JourneyState };

/**
 * Checks one event against the current state and applies it, or returns the `JourneyError` that
 * explains why it cannot happen. `index` and `line` locate the event for the message.
 */
export function applyOrExplain(
  compiled: CompiledJourney, state: JourneyState, event: JourneyEvent, lastDay: number, index: number, line?: number,
): JourneyError | null {
  const here = compiled.leafPaths[state.leaf] ?? '?';
  if (event.day < lastDay) {
    return new JourneyError(event.child, index, line, event.day, event.type, here, legalEvents(compiled, state),
      'is dated before the previous event; order each child\'s events by day');
  }
  if (stepJourney(compiled, state, event)) return null;
  const reason = compiled.leafIsFinal[state.leaf] === true ? 'comes after the journey ended' : 'is not legal';
  return new JourneyError(event.child, index, line, event.day, event.type, here, legalEvents(compiled, state), reason);
}

/**
 * Replays one child's events (in order) through the compiled journey machine.
 * @example const result = replayJourney(events); if (!result.ok) console.error(result.error.message);
 */
export function replayJourney(events: readonly JourneyEvent[], lines?: readonly number[]): ReplayResult {
  const compiled = compiledJourney();
  const state = createJourneyState(compiled);
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as JourneyEvent;
    const error = applyOrExplain(compiled, state, event, lastDay, i, lines?.[i]);
    if (error !== null) return { ok: false, error, state };
    lastDay = event.day;
  }
  return { ok: true, state, path: compiled.leafPaths[state.leaf] ?? '?' };
}
