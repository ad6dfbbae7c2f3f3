/** Builds journey events from file-format records, so tests read like the event files people write. */
import { decodeEvent, type JourneyEvent } from '../../src/domain/index.ts';

/** `e('2024-01-05', 'screening.decided', { outcome: 'referral' })` for child C1 (or `child`). */
export function e(day: string, type: string, data: Record<string, unknown> = {}, child = 'C1'): JourneyEvent {
  return decodeEvent({ type, day, child, data });
}
