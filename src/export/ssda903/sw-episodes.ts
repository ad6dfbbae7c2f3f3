import type { SimDay, SwReason } from '../../domain/index.ts';
import type { ChildHistory } from '../child-history.ts';
import type { CollectionYear } from '../collection-year.ts';
import { swId, unallocatedSwId } from '../identifiers.ts';

/** One SSDA903 social worker episode (SWEpisodes, 2023/24 on). */
export interface SwEpisode {
  readonly swId: string;
  readonly decom: SimDay;
  readonly dec: SimDay | undefined;
  readonly reason: SwReason;
}

/**
 * SW_REASON of a case's first allocation. Every row needs a reason (rule SW03STG1) but the code
 * list has none for a first allocation, which is no change of worker, so it is "other".
 */
const FIRST_ALLOCATION: SwReason = 'OTHERS';

/**
 * The child's social worker episodes, as unbroken chains, one per time the case was open: each
 * worker's spell, and a time the case waited unallocated as a spell held by its team ("XX" id,
 * with the reason the worker was released). Spells shorter than a day are dropped (rule
 * SW09STG2), so a chain has no gap or overlap (rules SW10STG2, SW11STG2).
 */
export function swChains(h: ChildHistory): readonly (readonly SwEpisode[])[] {
  const chains: SwEpisode[][] = [];
  let chain: SwEpisode[] = [];
  let previous: ChildHistory['workers'][number] | undefined;
  for (const spell of h.workers) {
    if (previous?.end !== undefined && spell.start > previous.end) {
      if (previous.releaseReason !== undefined) {
        chain.push({ swId: unallocatedSwId(previous.team), decom: previous.end, dec: spell.start, reason: previous.releaseReason });
      } else {
        chains.push(chain); // the case closed; a later contact opens a new chain
        chain = [];
      }
    }
    chain.push({ swId: swId(spell.worker), decom: spell.start, dec: spell.end, reason: spell.reason ?? FIRST_ALLOCATION });
    previous = spell;
  }
  if (previous?.end !== undefined && previous.releaseReason !== undefined) {
    chain.push({ swId: unallocatedSwId(previous.team), decom: previous.end, dec: undefined, reason: previous.releaseReason });
  }
  chains.push(chain);
  return chains.map((c) => c.filter((e) => e.dec === undefined || e.dec > e.decom)).filter((c) => c.length > 0);
}

/**
 * The SW episodes a year reports for a child looked after on 31 March (rule SW01STG1): every
 * episode of the chain open on 31 March that was open at some time in the year (rule SW12STG2),
 * with an end after 31 March left blank (rule SW07STG2).
 */
export function swEpisodesInYear(chains: readonly (readonly SwEpisode[])[], cy: CollectionYear): readonly SwEpisode[] {
  const current = chains.find((c) => c.some((e) => e.decom <= cy.end && (e.dec === undefined || e.dec > cy.end)));
  if (current === undefined) return [];
  return current
    .filter((e) => e.decom <= cy.end && (e.dec === undefined || e.dec >= cy.start))
    .map((e) => (e.dec !== undefined && e.dec > cy.end ? { ...e, dec: undefined } : e));
}
