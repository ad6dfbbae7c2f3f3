import type {
  EpisodeEndReason, LegalStatus, NeedCode, PlaceChangeReason, PlacementProvider, PlacementType, SimDay,
} from '../../domain/index.ts';
import type { CarePeriod, Placement } from '../child-history.ts';
import type { CollectionYear } from '../collection-year.ts';

/** SSDA903 `RNE`: S started, L legal status changed, P placement changed, B both (validator rules 434–436). */
export type NewEpisodeReason = 'S' | 'L' | 'P' | 'B';

/** One SSDA903 episode: a stretch of care with one legal status and one placement. */
export interface Episode {
  readonly decom: SimDay;
  readonly dec: SimDay | undefined;
  readonly rne: NewEpisodeReason;
  readonly ls: LegalStatus;
  readonly need: NeedCode;
  readonly place: PlacementType;
  readonly provider: PlacementProvider;
  readonly rec: EpisodeEndReason | undefined;
  readonly placeChangeReason: PlaceChangeReason | undefined;
}

function statusOn(period: CarePeriod, day: SimDay): LegalStatus {
  let status = period.legal[0]?.status ?? 'V2';
  for (const l of period.legal) if (l.day <= day) status = l.status;
  return status;
}

function placementOn(period: CarePeriod, day: SimDay): Placement | undefined {
  let found: Placement | undefined;
  for (const p of period.placements) if (p.start <= day) found = p;
  return found;
}

/**
 * Cuts a period of care into SSDA903 episodes, chained: each episode's DEC is the next one's DECOM
 * with REC X1, and the last ends with the period (rules 142, 388, 433). A new episode starts on
 * each day the legal status or the placement changes; several changes on one day make one
 * episode (an episode shorter than 24 hours is an error, rule 355), and a change on the day care
 * ends is not an episode of its own for the same reason.
 * @example careEpisodes(period).map((e) => e.rne) // ['S', 'L', 'P']
 */
export function careEpisodes(period: CarePeriod): readonly Episode[] {
  const days = new Set<number>([period.start]);
  for (const l of period.legal) days.add(l.day);
  for (const p of period.placements) days.add(p.start);
  const changeDays = [...days]
    .filter((d) => d >= period.start && (period.end === undefined || d < period.end || d === period.start))
    .sort((a, b) => a - b) as SimDay[];
  const cuts: { day: SimDay; ls: LegalStatus; placement: Placement; rne: NewEpisodeReason }[] = [];
  for (const day of changeDays) {
    const placement = placementOn(period, day);
    if (placement === undefined) continue;
    const ls = statusOn(period, day);
    const before = cuts[cuts.length - 1];
    if (before === undefined) {
      cuts.push({ day, ls, placement, rne: 'S' });
      continue;
    }
    const lsChanged = ls !== before.ls;
    const placeChanged = placement !== before.placement;
    if (!lsChanged && !placeChanged) continue;
    cuts.push({ day, ls, placement, rne: lsChanged && placeChanged ? 'B' : lsChanged ? 'L' : 'P' });
  }
  return cuts.map((cut, i) => {
    const next = cuts[i + 1];
    const placeChanged = cut.rne === 'P' || cut.rne === 'B';
    return {
      decom: cut.day,
      dec: next?.day ?? period.end,
      rne: cut.rne,
      ls: cut.ls,
      need: period.need,
      place: cut.placement.place,
      provider: cut.placement.provider,
      rec: next === undefined ? period.endReason : 'X1',
      placeChangeReason: placeChanged ? cut.placement.changeReason : undefined,
    };
  });
}

/**
 * The episodes a collection year reports: those open at any time in it. An end after 31 March is
 * not known at the census date, so DEC and REC are left blank (rules 148, 354).
 */
export function episodesInYear(episodes: readonly Episode[], cy: CollectionYear): readonly Episode[] {
  return episodes
    .filter((e) => e.decom <= cy.end && (e.dec === undefined || e.dec >= cy.start))
    .map((e) => (e.dec !== undefined && e.dec > cy.end ? { ...e, dec: undefined, rec: undefined } : e));
}
