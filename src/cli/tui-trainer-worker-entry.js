// The JavaScript entry of the trainer's worker thread: worker threads do not inherit the main
// thread's tsx loader on Node 20, so it registers tsx before it loads the TypeScript module (as
// src/sim/replication-worker-entry.js does for the replications).
import { register } from 'tsx/esm/api';

register();
const { default: runTrainerTask } = await import('./tui-trainer-worker.ts');

export default runTrainerTask;
