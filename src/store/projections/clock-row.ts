/**
 * A child's clock state (src/rules ClockState) kept in a row of 32-bit integers rather than in an
 * object of its own (row-layout.ts says why): a cursor over the projection's rows, moved to a child's
 * row before the evaluator and the fold read it. The rules see the same interface as a ClockRecord.
 */
import { LEGAL_STATUSES, PLACEMENT_TYPES } from '../../domain/codes/ssda903.ts';
import type { LegalStatus, PlacementType } from '../../domain/codes/ssda903.ts';
import type { SimDay } from '../../domain/time.ts';
import type { ClockState, PlacementContext } from '../../rules/index.ts';
import { B, F, dayIn, dayOut, withFlag } from './row-layout.ts';

const LEGAL_CODES: ReadonlyMap<string, number> = new Map(LEGAL_STATUSES.map((code, i) => [code, i]));
const PLACE_CODES: ReadonlyMap<string, number> = new Map(PLACEMENT_TYPES.map((code, i) => [code, i]));

/** The index of a code in its list, kept in a row in place of the string. */
function codeOf(codes: ReadonlyMap<string, number>, value: string, what: string): number {
  const code = codes.get(value);
  if (code === undefined) throw new RangeError(`KPI projection: unknown ${what} ${JSON.stringify(value)}; use a code of the SSDA903 lists`);
  return code;
}

/** The placement of the cursor's current row, as the rules read it (`ctx.placement`). */
class PlacementView implements PlacementContext {
  constructor(private readonly rows: ClockRow) {}
  get start(): SimDay { return this.rows.mem[this.rows.at + F.placementStart] as SimDay; }
  get place(): PlacementType { return PLACEMENT_TYPES[this.rows.mem[this.rows.at + F.placementPlace] as number] as PlacementType; }
  get longTerm(): boolean { return ((this.rows.mem[this.rows.at + F.flags] as number) & B.placementLongTerm) !== 0; }
  get ltfConsent(): boolean { return ((this.rows.mem[this.rows.at + F.flags] as number) & B.placementLtfConsent) !== 0; }
  get temporaryApproval(): boolean { return ((this.rows.mem[this.rows.at + F.flags] as number) & B.placementTemporaryApproval) !== 0; }
  set temporaryApproval(value: boolean) {
    const m = this.rows.mem;
    const i = this.rows.at + F.flags;
    m[i] = withFlag(m[i] as number, B.placementTemporaryApproval, value);
  }
}

/** The 14th, 16th and 18th birthdays of the cursor's current row (eligibility.ts). */
class BirthdaysView {
  constructor(private readonly rows: ClockRow) {}
  get b14(): SimDay { return dayOut(this.rows.mem[this.rows.at + F.b14] as number) as SimDay; }
  get b16(): SimDay { return dayOut(this.rows.mem[this.rows.at + F.b16] as number) as SimDay; }
  get b18(): SimDay { return dayOut(this.rows.mem[this.rows.at + F.b18] as number) as SimDay; }
}

/**
 * The clock state of whichever row the cursor is on. What `placement` and `birthdays` return is a view
 * of the current row, valid until the cursor moves (the evaluator reads them within one event).
 */
export class ClockRow implements ClockState {
  /** The rows, ROW_INTS integers each (row-layout.ts); replaced by a larger array when the rows grow. */
  mem = new Int32Array(0);
  /** The current row, and where it starts in `mem`. */
  row = 0;
  at = 0;
  /**
   * Clocks past the fourth of each row (ClockState `more`), by row; few rows have any. An array stays
   * with its row when the row passes to another child: setClock writes clocks in order and nothing reads
   * past `openCount`, so what it holds beyond is never seen, and the array is not touched at every claim.
   */
  protected readonly extra: (number[] | null | undefined)[] = [];
  private readonly placementView = new PlacementView(this);
  private readonly birthdaysView = new BirthdaysView(this);

  get more(): number[] | null { return this.extra[this.row] ?? null; }
  set more(value: number[] | null) { this.extra[this.row] = value; }

  get legalStatus(): LegalStatus | undefined {
    const code = this.mem[this.at + F.legalStatus] as number;
    return code === 0 ? undefined : (LEGAL_STATUSES[code - 1] as LegalStatus);
  }

  set legalStatus(value: LegalStatus | undefined) {
    this.mem[this.at + F.legalStatus] = value === undefined ? 0 : codeOf(LEGAL_CODES, value, 'legal status') + 1;
  }

  get placement(): PlacementContext | undefined {
    return ((this.mem[this.at + F.flags] as number) & B.placementPresent) === 0 ? undefined : this.placementView;
  }

  set placement(value: PlacementContext | undefined) {
    const m = this.mem;
    const at = this.at;
    let flags = m[at + F.flags] as number;
    flags = withFlag(flags, B.placementPresent, value !== undefined);
    if (value !== undefined) {
      m[at + F.placementStart] = value.start;
      m[at + F.placementPlace] = codeOf(PLACE_CODES, value.place, 'placement type');
      flags = withFlag(flags, B.placementLongTerm, value.longTerm);
      flags = withFlag(flags, B.placementLtfConsent, value.ltfConsent);
      flags = withFlag(flags, B.placementTemporaryApproval, value.temporaryApproval);
    }
    m[at + F.flags] = flags;
  }

  get birthdays(): ClockState['birthdays'] {
    return this.mem[this.at + F.b14] === 0 ? undefined : this.birthdaysView;
  }

  set birthdays(value: ClockState['birthdays']) {
    const m = this.mem;
    const at = this.at;
    m[at + F.b14] = dayIn(value?.b14);
    m[at + F.b16] = dayIn(value?.b16);
    m[at + F.b18] = dayIn(value?.b18);
  }

  get lastEventDay(): SimDay | undefined { return dayOut(this.mem[this.at + F.lastEventDay] as number); }
  set lastEventDay(value: SimDay | undefined) { this.mem[this.at + F.lastEventDay] = dayIn(value); }
  get eligibleFound(): boolean { return ((this.mem[this.at + F.flags] as number) & B.eligibleFound) !== 0; }
  set eligibleFound(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.eligibleFound, value); }
  get openBits(): number { return this.mem[this.at + F.openBits] as number; }
  set openBits(value: number) { this.mem[this.at + F.openBits] = value; }
  get openCount(): number { return this.mem[this.at + F.openCount] as number; }
  set openCount(value: number) { this.mem[this.at + F.openCount] = value; }
  get rule0(): number { return this.mem[this.at + F.rule0] as number; }
  set rule0(value: number) { this.mem[this.at + F.rule0] = value; }
  get start0(): number { return this.mem[this.at + F.start0] as number; }
  set start0(value: number) { this.mem[this.at + F.start0] = value; }
  get due0(): number { return this.mem[this.at + F.due0] as number; }
  set due0(value: number) { this.mem[this.at + F.due0] = value; }
  get rule1(): number { return this.mem[this.at + F.rule1] as number; }
  set rule1(value: number) { this.mem[this.at + F.rule1] = value; }
  get start1(): number { return this.mem[this.at + F.start1] as number; }
  set start1(value: number) { this.mem[this.at + F.start1] = value; }
  get due1(): number { return this.mem[this.at + F.due1] as number; }
  set due1(value: number) { this.mem[this.at + F.due1] = value; }
  get rule2(): number { return this.mem[this.at + F.rule2] as number; }
  set rule2(value: number) { this.mem[this.at + F.rule2] = value; }
  get start2(): number { return this.mem[this.at + F.start2] as number; }
  set start2(value: number) { this.mem[this.at + F.start2] = value; }
  get due2(): number { return this.mem[this.at + F.due2] as number; }
  set due2(value: number) { this.mem[this.at + F.due2] = value; }
  get rule3(): number { return this.mem[this.at + F.rule3] as number; }
  set rule3(value: number) { this.mem[this.at + F.rule3] = value; }
  get start3(): number { return this.mem[this.at + F.start3] as number; }
  set start3(value: number) { this.mem[this.at + F.start3] = value; }
  get due3(): number { return this.mem[this.at + F.due3] as number; }
  set due3(value: number) { this.mem[this.at + F.due3] = value; }
  get qualifyingDays(): number { return this.mem[this.at + F.qualifyingDays] as number; }
  set qualifyingDays(value: number) { this.mem[this.at + F.qualifyingDays] = value; }
  get dob(): SimDay | undefined { return dayOut(this.mem[this.at + F.dob] as number); }
  set dob(value: SimDay | undefined) { this.mem[this.at + F.dob] = dayIn(value); }
  get lookedAfter(): boolean { return ((this.mem[this.at + F.flags] as number) & B.lookedAfter) !== 0; }
  set lookedAfter(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.lookedAfter, value); }
  get reviewHeldInPeriod(): boolean { return ((this.mem[this.at + F.flags] as number) & B.reviewHeldInPeriod) !== 0; }
  set reviewHeldInPeriod(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.reviewHeldInPeriod, value); }
  get adoptionReviewHeld(): boolean { return ((this.mem[this.at + F.flags] as number) & B.adoptionReviewHeld) !== 0; }
  set adoptionReviewHeld(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.adoptionReviewHeld, value); }
  get lastStrategyDay(): SimDay | undefined { return dayOut(this.mem[this.at + F.lastStrategyDay] as number); }
  set lastStrategyDay(value: SimDay | undefined) { this.mem[this.at + F.lastStrategyDay] = dayIn(value); }
  get pathwayPlanMade(): boolean { return ((this.mem[this.at + F.flags] as number) & B.pathwayPlanMade) !== 0; }
  set pathwayPlanMade(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.pathwayPlanMade, value); }
  get privateFosteringFrom(): SimDay | undefined { return dayOut(this.mem[this.at + F.privateFosteringFrom] as number); }
  set privateFosteringFrom(value: SimDay | undefined) { this.mem[this.at + F.privateFosteringFrom] = dayIn(value); }
}
