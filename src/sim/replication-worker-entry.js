// The JavaScript entry of the replication worker threads. Loader hooks registered in the main
// thread (bin.js registers tsx) do not reach worker threads on Node 20, and `--import tsx` in a
// worker's execArgv only works when the main thread has hooks too (so not under vitest), so each
// worker registers tsx itself before it loads the TypeScript worker module. Piscina calls the
// default export.
import { register } from 'tsx/esm/api';

register();
const { default: runReplicationTask } = await import('./replication-worker.ts');

export default runReplicationTask;
