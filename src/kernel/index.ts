/**
 * The discrete-event kernel: the clock of the simulator. It knows nothing of social care and
 * imports nothing; events are a time, a priority and int32 payload and key.
 */
export { DayQueue } from './day-queue.ts';
export { EventQueue } from './event-queue.ts';
export { Simulation } from './simulation.ts';
export type { AheadEntries, EventHandler, FutureEventList, WarmHandler } from './simulation.ts';
