import type { JourneyEvent } from '../domain/index.ts';

/**
 * One event in a few words, as `drift journey` and the trainer screen list it: the type, its
 * outcome or reason in brackets, and the worker it names.
 * @example eventLabel(event) // 'worker.changed(LEFTRL) SW0302'
 */
export function eventLabel(event: JourneyEvent): string {
  const data = event.data as Readonly<Record<string, unknown>>;
  const detail = data['outcome'] ?? data['reason'] ?? data['legalStatus'] ?? data['place'] ?? data['category'] ?? data['plan'] ?? data['kind'] ?? data['task'];
  const worker = data['worker'] === undefined ? '' : ` ${String(data['worker'])}`;
  return `${event.type}${detail === undefined ? '' : `(${String(detail)})`}${worker}`;
}
