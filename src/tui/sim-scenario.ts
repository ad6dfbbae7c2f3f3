/**
 * The scenario as the simulator takes it. The terminal UI may import domain, store and sim but not
 * scenario (ARCHITECTURE §2): it never parses or validates a scenario, it only derives what-ifs
 * from one the command line loaded, so the type comes through the function that runs it.
 */
import { produce } from 'immer';
import type { runReplications } from '../sim/replications.ts';

/** A validated scenario, as `runReplications` and `simulate` take it. */
export type SimScenario = Parameters<typeof runReplications>[0];

/** The drift mechanisms a trainer can switch off (ARCHITECTURE D6), in the order of D6. */
export type MechanismId = keyof SimScenario['mechanisms'];

/** Plain words for each mechanism; a Record, so a new mechanism in the schema fails to compile until it is named here. */
const MECHANISM_LABELS: Readonly<Record<MechanismId, string>> = {
  capacity: 'capacity: work slows above caseload target',
  unallocatedWaits: 'unallocated waits',
  turnover: 'turnover and handovers',
  vacancies: 'vacancies and recruitment lag',
  oversight: 'missed tasks until supervision',
  conferenceCapacity: 'conference chair and IRO slots',
  frontDoor: 'front-door queue and hand-offs',
  prematureEndings: 'premature plan endings',
};

/** The mechanisms in the order of ARCHITECTURE D6, with their words. */
export const MECHANISMS: readonly { readonly id: MechanismId; readonly label: string }[] =
  (Object.keys(MECHANISM_LABELS) as MechanismId[]).map((id) => ({ id, label: MECHANISM_LABELS[id] }));

/**
 * The scenario with one mechanism switched off: the trainer replays the same child in it (same
 * seed, so the same child with the same needs, D4).
 * @example withoutMechanism(baseline, 'turnover').mechanisms.turnover // false
 */
export function withoutMechanism(scenario: SimScenario, mechanism: MechanismId): SimScenario {
  return produce(scenario, (draft) => {
    draft.mechanisms[mechanism] = false;
    draft.name = `${scenario.name} without ${mechanism}`;
  });
}
