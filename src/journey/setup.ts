import { assign, setup } from 'xstate';
import type { JourneyEvent, PermanencePlan } from '../domain/index.ts';
import type { JourneyContext, JourneyFlag } from './context.ts';
import { GUARDS } from './guards.ts';
import { UPDATES, type ContextUpdate, type UpdateName } from './updates.ts';

/** Wraps an in-place update as an XState `assign` over a copy, so XState's snapshots stay immutable. */
function toAssign(update: ContextUpdate) {
  return assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>(({ context, event }) => {
    const next = { ...context };
    update(next, event);
    return next;
  });
}

const actions = Object.fromEntries(
  Object.entries(UPDATES).map(([name, update]) => [name, toAssign(update)]),
) as { [K in UpdateName]: ReturnType<typeof toAssign> };

/**
 * `setup()` for the journey machine: types, and guards and actions by name (house rules 4–5). The
 * stage files build their state configs with `journeySetup.createStateConfig`, and `machine.ts`
 * puts them together with `journeySetup.createMachine`.
 */
export const journeySetup = setup({
  types: {
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
  },
  guards: {
    outcomeIs: ({ context, event }, params: { readonly outcome: string }) => GUARDS.outcomeIs.test(context, event, params),
    flagIs: ({ context, event }, params: { readonly flag: JourneyFlag; readonly value: boolean }) =>
      GUARDS.flagIs.test(context, event, params),
    isFinalClosure: ({ context, event }) => GUARDS.isFinalClosure.test(context, event),
    isCareLeaverExit: ({ context, event }, params: { readonly adult: boolean }) =>
      GUARDS.isCareLeaverExit.test(context, event, params),
    permanenceIs: ({ context, event }, params: { readonly plan: PermanencePlan }) =>
      GUARDS.permanenceIs.test(context, event, params),
    adoptionStageIs: ({ context, event }, params: { readonly stage: number }) =>
      GUARDS.adoptionStageIs.test(context, event, params),
    camhsIs: ({ context, event }, params: { readonly stage: number }) => GUARDS.camhsIs.test(context, event, params),
  },
  actions,
});
