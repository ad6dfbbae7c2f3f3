import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { decodeSimEvent, type SimEvent } from '../../src/domain/index.ts';
import { EventOrderError, createEventStore, type EventListener } from '../../src/store/index.ts';
import { FC_SEED } from '../support/seed.ts';

const visit = (day: string, child = 'C1'): SimEvent => decodeSimEvent({ type: 'visit.made', day, child });
const left = (day: string): SimEvent => decodeSimEvent({ type: 'staff.left', day, worker: 'SW1', data: { team: 'T1', reason: 'resigned' } });

describe('event store', () => {
  it('gives each appended event the next global position', () => {
    const store = createEventStore();
    expect([visit('2024-01-05'), left('2024-01-05'), visit('2024-01-08')].map((e) => store.append(e))).toEqual([0, 1, 2]);
    expect(store.size).toBe(3);
  });

  it('calls listeners synchronously, in subscription order, with the very event appended', () => {
    const store = createEventStore();
    const calls: [string, SimEvent, number][] = [];
    store.subscribe((event, position) => calls.push(['first', event, position]));
    store.subscribe((event, position) => calls.push(['second', event, position]));
    const event = visit('2024-01-05');
    store.append(event);
    expect(calls).toEqual([['first', event, 0], ['second', event, 0]]);
    expect(calls[0]?.[1]).toBe(event);
    expect(calls[1]?.[1]).toBe(event);
  });

  it('tells a late subscriber only about events appended after it subscribed', () => {
    const store = createEventStore();
    store.append(visit('2024-01-05'));
    const positions: number[] = [];
    store.subscribe((_, position) => positions.push(position));
    store.append(visit('2024-01-06'));
    expect(positions).toEqual([1]);
  });

  it('stops calling a listener once it unsubscribes, and leaves the others subscribed', () => {
    const store = createEventStore();
    const seen: string[] = [];
    const stopA = store.subscribe(() => seen.push('a'));
    store.subscribe(() => seen.push('b'));
    store.append(visit('2024-01-05'));
    stopA();
    stopA(); // a second call is harmless
    store.append(visit('2024-01-06'));
    expect(seen).toEqual(['a', 'b', 'b']);
  });

  it('treats the same function subscribed twice as two subscriptions', () => {
    const store = createEventStore();
    let calls = 0;
    const listener: EventListener = () => void (calls += 1);
    const stop = store.subscribe(listener);
    store.subscribe(listener);
    store.append(visit('2024-01-05'));
    stop();
    store.append(visit('2024-01-05'));
    expect(calls).toBe(3);
  });

  it('delivers the current event to every listener even when one unsubscribes another during delivery', () => {
    const store = createEventStore();
    const seen: string[] = [];
    let stopB = (): void => undefined;
    store.subscribe(() => {
      seen.push('a');
      stopB();
    });
    stopB = store.subscribe(() => seen.push('b'));
    store.append(visit('2024-01-05'));
    store.append(visit('2024-01-06'));
    expect(seen).toEqual(['a', 'b', 'a']);
  });

  it('keeps its events in order when created with retain', () => {
    const store = createEventStore({ retain: true });
    const events = [visit('2024-01-05'), left('2024-01-05'), visit('2024-01-08', 'C2')];
    for (const event of events) store.append(event);
    expect(store.events()).toEqual(events);
    expect(store.events()[2]).toBe(events[2]);
  });

  it('refuses to list events it was not asked to keep, saying how to keep them', () => {
    const store = createEventStore();
    store.append(visit('2024-01-05'));
    expect(() => store.events()).toThrow('create it with createEventStore({ retain: true })');
  });

  it('accepts events on the same day and refuses one dated before the previous, naming both days', () => {
    const store = createEventStore({ retain: true });
    store.append(visit('2024-01-05'));
    store.append(left('2024-01-05'));
    expect(() => store.append(visit('2024-01-04', 'C9'))).toThrow(EventOrderError);
    expect(() => store.append(visit('2024-01-04', 'C9'))).toThrow(
      "visit.made for child C9 is dated 2024-01-04, before the previous event's 2024-01-05; the store keeps one global order by day",
    );
    expect(store.size).toBe(2);
    expect(store.events()).toHaveLength(2);
  });

  it('refuses an append from inside a listener, so every listener sees events in one order', () => {
    const store = createEventStore();
    const seen: number[] = [];
    store.subscribe((_, position) => {
      seen.push(position);
      if (position === 0) store.append(left('2024-01-05'));
    });
    expect(() => store.append(visit('2024-01-05'))).toThrow(/appended by a listener .*schedule follow-on events through the kernel instead/);
    // The store is usable again afterwards.
    expect(store.append(visit('2024-01-06'))).toBe(1);
    expect(seen).toEqual([0, 1]);
  });
});

describe(`event store ordering (seed: ${FC_SEED})`, () => {
  test.prop([fc.array(fc.integer({ min: 19_000, max: 19_010 }), { maxLength: 40 })])(
    'accepts exactly the appends that do not go back in time, and numbers them without gaps',
    (days) => {
      const store = createEventStore({ retain: true });
      const positions: number[] = [];
      store.subscribe((_, position) => positions.push(position));
      const accepted: number[] = [];
      let last = Number.NEGATIVE_INFINITY;
      for (const day of days) {
        const event = { type: 'visit.made', day, child: 'C1', data: {} } as unknown as SimEvent;
        if (day < last) {
          expect(() => store.append(event)).toThrow(EventOrderError);
        } else {
          expect(store.append(event)).toBe(accepted.length);
          accepted.push(day);
          last = day;
        }
      }
      expect(store.events().map((e) => e.day)).toEqual(accepted);
      expect(positions).toEqual(accepted.map((_, i) => i));
      expect(store.size).toBe(accepted.length);
    },
  );
});
