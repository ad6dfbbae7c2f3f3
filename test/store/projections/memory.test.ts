/**
 * Memory follows open cases, not the horizon (ARCHITECTURE.md §7): per-child state is released when the
 * case closes, and per-staff state when the member of staff leaves.
 */
import { describe, expect, it } from 'vitest';
import { createKpiProjection } from '../../../src/store/projections/index.ts';
import { CONFIG, e, w } from './support.ts';

const journey = (child: string, year: number) => [
  e(`${year}-05-01`, 'contact.received', { source: '1A' }, child),
  e(`${year}-05-01`, 'screening.decided', { outcome: 'referral' }, child),
  e(`${year}-05-01`, 'referral.accepted', { source: '1A', need: 'N1', outcome: 'assessment' }, child),
  e(`${year}-05-02`, 'worker.allocated', { worker: 'S1', team: 'TA' }, child),
  e(`${year}-05-02`, 'assessment.started', {}, child),
  e(`${year}-06-01`, 'assessment.completed', { outcome: 'care' }, child),
  e(`${year}-06-02`, 'care.entered', { legalStatus: 'C2', need: 'N1' }, child),
  e(`${year}-06-02`, 'placement.started', { place: 'U4', provider: 'PR1' }, child),
  e(`${year}-08-01`, 'care.left', { reason: 'E4A' }, child),
  e(`${year}-09-01`, 'case.closed', { reason: 'RC8' }, child),
];

describe('per-child state', () => {
  it('is released when the case closes, at the front door, and when leaving-care support ends', () => {
    const kpis = createKpiProjection(CONFIG);
    kpis.apply(e('2019-04-01', 'contact.received', { source: '1A' }, 'A'));
    expect(kpis.liveChildren).toBe(1);
    kpis.apply(e('2019-04-02', 'screening.decided', { outcome: 'nfa' }, 'A'));
    expect(kpis.liveChildren).toBe(0);
    for (const event of journey('B', 2019).slice(0, 8)) kpis.apply(event);
    expect(kpis.liveChildren).toBe(1);
    kpis.apply(e('2019-06-10', 'pathwayPlan.made', {}, 'L'));
    expect(kpis.liveChildren).toBe(2);
    for (const event of journey('B', 2019).slice(8)) kpis.apply(event);
    expect(kpis.liveChildren).toBe(1);
    kpis.apply(e('2019-10-01', 'careLeaver.closed', {}, 'L'));
    expect(kpis.liveChildren).toBe(0);
  });

  it('is kept for a front-door decision on a child whose case is open', () => {
    const kpis = createKpiProjection(CONFIG);
    kpis.apply(e('2019-05-01', 'referral.accepted', { source: '1A', need: 'N1', outcome: 'assessment' }, 'A'));
    kpis.apply(e('2019-05-02', 'screening.decided', { outcome: 'nfa' }, 'A'));
    expect(kpis.liveChildren).toBe(1);
  });

  it('stays bounded over many closed journeys, and the stocks it leaves are zero', () => {
    const kpis = createKpiProjection(CONFIG);
    let peak = 0;
    const events = [];
    for (let i = 0; i < 2000; i++) events.push(...journey(`C${i}`, 2019 + (i % 2)));
    events.sort((a, b) => a.day - b.day);
    for (const event of events) {
      kpis.apply(event);
      peak = Math.max(peak, kpis.liveChildren);
    }
    expect(kpis.liveChildren).toBe(0);
    expect(peak).toBe(1000);
    const report = kpis.finish();
    expect(report.years.map((y) => [y.values.cinAt31March, y.values.claAt31March, y.values.claStarts])).toStrictEqual([[0, 0, 1000], [0, 0, 1000]]);
  });
});

describe('per-staff state', () => {
  it('is released when the member of staff leaves', () => {
    const kpis = createKpiProjection(CONFIG);
    kpis.apply(w('2019-04-01', 'staff.joined', { team: 'TA', agency: false, fte: 1 }, 'S1'));
    kpis.apply(w('2019-04-01', 'staff.joined', { team: 'TA', agency: true, fte: 1 }, 'S2'));
    expect(kpis.liveStaff).toBe(2);
    kpis.apply(w('2019-05-01', 'staff.left', { team: 'TA' }, 'S1'));
    expect(kpis.liveStaff).toBe(1);
  });
});
