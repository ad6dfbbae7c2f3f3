import { EVENT_FIELDS, EVENT_TYPES } from '../domain/index.ts';
import type { CompiledJourney } from './compile.ts';
import type { JourneyState } from './step.ts';

/**
 * Event types that could be legal next from `state`, for error messages and the trainer's screen.
 * Guards on the context are judged now; guards on the event's data cannot be, so such types are
 * listed with the outcomes the machine routes on (e.g. `screening.decided(nfa|advice|…)`).
 * @example legalEvents(compiled, state) // ['assessment.started', 'worker.allocated']
 */
export function legalEvents(compiled: CompiledJourney, state: Readonly<JourneyState>): string[] {
  const legal: string[] = [];
  EVENT_TYPES.forEach((type, eventIndex) => {
    const candidates = compiled.table[state.leaf * EVENT_TYPES.length + eventIndex];
    if (candidates === null || candidates === undefined) return;
    const possible = candidates.some((t) => t.guard === null || t.guardReadsEvent || t.guard(state.context, undefined as never));
    if (!possible) return;
    const outcome = EVENT_FIELDS[type]['outcome'];
    legal.push(outcome !== undefined && outcome.kind === 'code' ? `${type}(${outcome.codes.join('|')})` : type);
  });
  return legal;
}
