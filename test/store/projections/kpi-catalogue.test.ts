/** The catalogue as data: complete, in report order, and the report follows it key by key. */
import { describe, expect, it } from 'vitest';
import { KPIS, KPI_IDS, MONTHLY_KPIS, MONTHLY_KPI_IDS, kpiDefinition } from '../../../src/store/projections/index.ts';
import { MONTH_SLOTS, MS, YEAR_SLOTS, YS } from '../../../src/store/projections/tally.ts';
import { run } from './support.ts';

describe('KPI catalogue', () => {
  it('lists every KPI id once, in report order, with a definition and a source', () => {
    expect(KPIS.map((k) => k.id)).toStrictEqual([...KPI_IDS]);
    expect(MONTHLY_KPIS.map((k) => k.id)).toStrictEqual([...MONTHLY_KPI_IDS]);
    for (const k of KPIS) {
      expect(k.label.length, k.id).toBeGreaterThan(3);
      expect(k.definition.endsWith('.'), k.id).toBe(true);
      expect(k.source.length, k.id).toBeGreaterThan(5);
      if (k.unit === 'percent') expect(k.id.endsWith('Pct'), k.id).toBe(true);
      if (k.unit === 'per10k') expect(k.id.endsWith('Per10k'), k.id).toBe(true);
      if (k.expectation?.target !== undefined) expect(k.expectation.direction, k.id).toBeDefined();
    }
  });

  it('covers every group of ARCHITECTURE.md §5, and private fostering', () => {
    expect([...new Set(KPIS.map((k) => k.group))]).toStrictEqual([
      'frontDoor', 'assessment', 'childProtection', 'childInNeed', 'lookedAfter', 'careLeavers', 'privateFostering', 'workforce', 'drift',
    ]);
  });

  it('ties each monthly KPI to a yearly KPI of the same unit', () => {
    for (const m of MONTHLY_KPIS) expect(kpiDefinition(m.yearly).unit, m.id).toBe(m.unit);
  });

  it('gives counters distinct slots that fill their rows', () => {
    expect(Object.values(YS).sort((a, b) => a - b)).toStrictEqual(Array.from({ length: YEAR_SLOTS }, (_, i) => i));
    expect(Object.values(MS).sort((a, b) => a - b)).toStrictEqual(Array.from({ length: MONTH_SLOTS }, (_, i) => i));
  });

  it('writes report values in catalogue order', () => {
    const report = run([]);
    expect(Object.keys(report.years[0]?.values ?? {})).toStrictEqual([...KPI_IDS]);
    expect(Object.keys(report.months[0]?.values ?? {})).toStrictEqual([...MONTHLY_KPI_IDS]);
    expect(report.months).toHaveLength(24);
  });
});
