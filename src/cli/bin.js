#!/usr/bin/env -S node --max-semi-space-size=128
// Entry point of the `drift` command. Node 20 cannot run TypeScript itself, so the sources are
// loaded through tsx's ESM loader (as ink's own examples do).
//
// The first line gives the main thread 128 MB semi-spaces (V8's default is 16 MB), as the replication
// workers have (src/sim/replications.ts): V8 sizes the young generation when the thread starts, so
// it cannot be set from here on. Most records a run makes (a contact that ends at the front door a
// day or two later, its projection record, every event) then die young instead of being promoted
// and traced by full collections: 36% faster at England scale with 64 MB, 3–4.5% more with 128 MB
// (README Performance, decision 24).
// `npm start`, `npm run drift` and `npm run bench` pass the same flag.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's own tsconfig (JSX as react-jsx, and the rest), wherever the command is run from:
// tsx would otherwise look for one in the working directory.
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
