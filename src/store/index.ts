export * from './event-log.ts';
export * from './log-writer.ts';
export * from './event-store.ts';
export * from './run-database.ts';
export * from './projections/index.ts';
