#!/usr/bin/env node
// Entry point of the `drift` command. Node 20 cannot run TypeScript itself, so the sources are
// loaded through tsx's ESM loader (as ink's own examples do).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's own tsconfig (JSX as react-jsx, and the rest), wherever the command is run from:
// tsx would otherwise look for one in the working directory.
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
