#!/usr/bin/env node
// Entry point of the `drift` command. Node 20 cannot run TypeScript itself, so the sources are
// loaded through tsx's ESM loader (as ink's own examples do).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
