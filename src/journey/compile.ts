import type { AnyStateMachine, AnyStateNode, StateValue } from 'xstate';
import { EVENT_TYPES, type EventType, type JourneyEvent } from '../domain/index.ts';
import type { JourneyContext } from './context.ts';
import { GUARDS, type GuardName } from './guards.ts';
import { UPDATES, type ContextUpdate, type UpdateName } from './updates.ts';

/** One candidate transition of the compiled table: a bound guard, the in-place updates, the target leaf. */
export interface CompiledTransition {
  readonly guard: ((context: JourneyContext, event: JourneyEvent) => boolean) | null;
  /** Whether `guard` reads the event's data (so it cannot be judged before the event exists). */
  readonly guardReadsEvent: boolean;
  readonly updates: readonly ContextUpdate[];
  /** Leaf index after the transition, or -1 to stay in the same leaf. */
  readonly target: number;
}

/**
 * The journey machine compiled to a lookup table for the hot path (ARCHITECTURE D2): for each
 * leaf state and event type, the candidate transitions in XState's selection order (the leaf's
 * own, then each ancestor's, each in document order).
 */
export interface CompiledJourney {
  readonly leafIds: readonly string[];
  /** Dotted path of each leaf below the root, e.g. `open.care.placed`. */
  readonly leafPaths: readonly string[];
  /** XState's state value of each leaf, frozen so it can be shared. */
  readonly leafValues: readonly StateValue[];
  readonly leafIsFinal: readonly boolean[];
  readonly initialLeaf: number;
  readonly eventIndex: ReadonlyMap<string, number>;
  /** `table[leaf * EVENT_TYPES.length + eventIndex]`, null when nothing handles the event. */
  readonly table: readonly (readonly CompiledTransition[] | null)[];
}

/** Thrown when the machine uses a feature the compiled table cannot reproduce; it names the node. */
export class JourneyCompileError extends Error {
  override readonly name = 'JourneyCompileError';
}

function valueOfPath(path: readonly string[]): StateValue {
  let value: StateValue = path[path.length - 1] ?? '';
  for (let i = path.length - 2; i >= 0; i -= 1) value = Object.freeze({ [path[i] ?? '']: value });
  return value;
}

function checkSupported(node: AnyStateNode): void {
  const where = `state "${node.id}"`;
  if (node.type === 'parallel' || node.type === 'history') {
    throw new JourneyCompileError(`${where} is ${node.type}; the compiled table supports compound, atomic and final states only — carry the extra track in the context instead`);
  }
  if (node.after.length > 0 || (node.always?.length ?? 0) > 0 || node.invoke.length > 0) {
    throw new JourneyCompileError(`${where} uses after/always/invoke; the kernel owns time, so schedule events from the simulator instead`);
  }
  if (node.entry.length > 0 || node.exit.length > 0) {
    throw new JourneyCompileError(`${where} has entry/exit actions; put the actions on the transitions instead`);
  }
}

function nameOf(item: unknown, kind: string, where: string): { name: string; params: unknown } {
  if (typeof item === 'string') return { name: item, params: undefined };
  if (typeof item === 'object' && item !== null && 'type' in item && typeof item.type === 'string') {
    return { name: item.type, params: 'params' in item ? item.params : undefined };
  }
  throw new JourneyCompileError(`${where} has an inline ${kind}; name it in setup({ ${kind}s }) instead`);
}

/**
 * Compiles the journey machine's own state nodes into a transition table.
 * @example const compiled = compileJourney(journeyMachine);
 */
export function compileJourney(machine: AnyStateMachine): CompiledJourney {
  const leaves: AnyStateNode[] = [];
  const visit = (node: AnyStateNode): void => {
    checkSupported(node);
    const children = Object.values(node.states) as AnyStateNode[];
    if (children.length === 0) leaves.push(node);
    for (const child of children) visit(child);
  };
  visit(machine.root);
  const leafIndex = new Map(leaves.map((leaf, i) => [leaf, i] as const));
  const resolveLeaf = (node: AnyStateNode): number => {
    let current = node;
    while (Object.keys(current.states).length > 0) {
      const next = current.initial.target[0];
      if (next === undefined) throw new JourneyCompileError(`state "${current.id}" has no initial state; give it one`);
      current = next;
    }
    const index = leafIndex.get(current);
    if (index === undefined) throw new JourneyCompileError(`state "${current.id}" is not a leaf of this machine`);
    return index;
  };
  const eventIndex = new Map(EVENT_TYPES.map((type, i) => [type as string, i] as const));
  for (const descriptor of machine.events) {
    if (!eventIndex.has(descriptor)) {
      throw new JourneyCompileError(`the machine listens to "${descriptor}", which is not a journey event type; add it to EventDataMap or use a listed type`);
    }
  }
  const compileTransitions = (node: AnyStateNode, type: EventType): CompiledTransition[] => {
    const where = `state "${node.id}" on "${type}"`;
    return (node.transitions.get(type) ?? []).map((definition): CompiledTransition => {
      let guard: CompiledTransition['guard'] = null;
      let guardReadsEvent = false;
      if (definition.guard !== undefined) {
        const { name, params } = nameOf(definition.guard, 'guard', where);
        if (!(name in GUARDS)) throw new JourneyCompileError(`${where} uses guard "${name}", which is not in GUARDS; add its predicate there`);
        const test = GUARDS[name as GuardName].test as (c: JourneyContext, e: JourneyEvent, p: unknown) => boolean;
        guard = (context, event) => test(context, event, params);
        guardReadsEvent = GUARDS[name as GuardName].readsEvent;
      }
      const updates = definition.actions.map((action) => {
        const { name } = nameOf(action, 'action', where);
        if (!(name in UPDATES)) throw new JourneyCompileError(`${where} uses action "${name}", which is not in UPDATES; add its update there`);
        return UPDATES[name as UpdateName] as ContextUpdate;
      });
      const targets = definition.target ?? [];
      if (targets.length > 1) throw new JourneyCompileError(`${where} has several targets; the compiled table supports one`);
      const targetNode = targets[0];
      if (targetNode === undefined && updates.length === 0) {
        throw new JourneyCompileError(`${where} has neither target nor actions, which XState treats as forbidden; give it one`);
      }
      return { guard, guardReadsEvent, updates, target: targetNode === undefined ? -1 : resolveLeaf(targetNode) };
    });
  };
  const table: (readonly CompiledTransition[] | null)[] = [];
  for (const leaf of leaves) {
    for (const type of EVENT_TYPES) {
      const candidates: CompiledTransition[] = [];
      for (let node: AnyStateNode | undefined = leaf; node !== undefined; node = node.parent) {
        candidates.push(...compileTransitions(node, type));
      }
      table.push(candidates.length === 0 ? null : Object.freeze(candidates));
    }
  }
  return {
    leafIds: leaves.map((leaf) => leaf.id),
    leafPaths: leaves.map((leaf) => leaf.path.join('.')),
    leafValues: leaves.map((leaf) => valueOfPath(leaf.path)),
    leafIsFinal: leaves.map((leaf) => leaf.type === 'final'),
    initialLeaf: resolveLeaf(machine.root),
    eventIndex,
    table,
  };
}
