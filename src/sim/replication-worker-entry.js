// The JavaScript entry of the replication worker threads. Loader hooks registered in the main
// thread (bin.js registers tsx) do not reach worker threads on Node 20, and `--import tsx` in a
// worker's execArgv only works when the main thread has hooks too (so not under vitest), so each
// worker registers tsx itself before it loads the TypeScript worker module. Piscina calls the
// default export.
import { register } from 'tsx/esm/api';

// The project's own tsconfig (JSX as react-jsx, and the rest), wherever the command is run from:
// tsx would otherwise look for one in the working directory. (A URL's path, not node:url: src/sim
// uses no Node built-ins.)
register({ tsconfig: decodeURIComponent(new URL('../../tsconfig.json', import.meta.url).pathname) });
const { default: runReplicationTask } = await import('./replication-worker.ts');

export default runReplicationTask;
