import type { JourneyEvent } from '../domain/index.ts';
import type { CompiledJourney, CompiledTransition } from './compile.ts';
import { initialJourneyContext, type JourneyContext } from './context.ts';

/** One child's journey state on the hot path: a leaf index and a plain, mutable context. */
export interface JourneyState {
  leaf: number;
  context: JourneyContext;
}

/** A child nobody has contacted the front door about yet. */
export function createJourneyState(compiled: CompiledJourney): JourneyState {
  return { leaf: compiled.initialLeaf, context: initialJourneyContext() };
}

/** The transition the compiled table would take for `event`, or null if the event is not legal now. */
export function selectTransition(compiled: CompiledJourney, state: Readonly<JourneyState>, event: JourneyEvent): CompiledTransition | null {
  const eventIndex = compiled.eventIndex.get(event.type);
  if (eventIndex === undefined) return null;
  const candidates = compiled.table[state.leaf * compiled.eventIndex.size + eventIndex];
  if (candidates === null || candidates === undefined) return null;
  // Indexed loops on the hot path: an iterator is an object per loop wherever V8 does not elide it.
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as CompiledTransition;
    if (candidate.guard === null || candidate.guard(state.context, event)) return candidate;
  }
  return null;
}

/**
 * Applies one event in place; returns false (and changes nothing) when the event is not legal in
 * the current state. Works on plain objects and on immer drafts alike.
 * @example if (!stepJourney(compiled, state, event)) throw new Error('illegal');
 */
export function stepJourney(compiled: CompiledJourney, state: JourneyState, event: JourneyEvent): boolean {
  const transition = selectTransition(compiled, state, event);
  if (transition === null) return false;
  const updates = transition.updates;
  for (let i = 0; i < updates.length; i++) (updates[i] as (typeof updates)[number])(state.context, event);
  if (transition.target >= 0) state.leaf = transition.target;
  return true;
}
