import type { ChildId } from '../../domain/index.ts';
import type { ChildHistory } from '../child-history.ts';
import type { CollectionYear } from '../collection-year.ts';
import type { ReturnIdentity } from '../identifiers.ts';
import type { Table } from '../table.ts';
import { list10, list6, list7, list8, list9 } from './care-lists.ts';
import { ANNEX_A_COLUMNS, type AnnexAList } from './columns.ts';
import { list1, list3, list4, list5 } from './referral-lists.ts';

type ListBuilder = (h: ChildHistory, child: string, cy: CollectionYear) => string[][];

/** List 2 (early help assessments) is not modelled: early help is where a case leaves, so it holds only its header. */
const BUILDERS: Readonly<Record<AnnexAList, ListBuilder | undefined>> = {
  'List 1': list1, 'List 2': undefined, 'List 3': list3, 'List 4': list4, 'List 5': list5,
  'List 6': list6, 'List 7': list7, 'List 8': list8, 'List 9': list9, 'List 10': list10,
};

/**
 * Annex A Lists 1–10 for the collection year taken as the inspection's 12 months: events in the
 * year, and open cases as on 31 March (Ofsted ILACS Annex A; returns-formats.md §4).
 * @example annexATables(histories, identities, collectionYear(2024))[0]?.name // 'List 1'
 */
export function annexATables(histories: readonly ChildHistory[], identities: ReadonlyMap<ChildId, ReturnIdentity>, cy: CollectionYear): readonly Table[] {
  return (Object.keys(ANNEX_A_COLUMNS) as AnnexAList[]).map((name) => {
    const build = BUILDERS[name];
    const rows = build === undefined ? [] : histories.flatMap((h) => {
      const identity = identities.get(h.id);
      if (identity === undefined) throw new Error(`child ${h.id} has no identifiers; assignIdentities must be given every child`);
      return build(h, identity.laChildId, cy);
    });
    return { name, header: ANNEX_A_COLUMNS[name], rows };
  });
}
