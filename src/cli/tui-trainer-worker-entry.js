// The JavaScript entry of the trainer's worker thread: worker threads do not inherit the main
// thread's tsx loader on Node 20, so it registers tsx before it loads the TypeScript module (as
// src/sim/replication-worker-entry.js does for the replications).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's own tsconfig (JSX as react-jsx, and the rest), wherever the command is run from:
// tsx would otherwise look for one in the working directory.
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { default: runTrainerTask } = await import('./tui-trainer-worker.ts');

export default runTrainerTask;
