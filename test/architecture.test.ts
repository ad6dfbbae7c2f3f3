import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE §2: which src folder may import which. Packages are allowed per folder as the
 * architecture places them (journey: xstate, and immer for the per-child history of D11; random:
 * seedrandom; scenario: zod and yaml; store: better-sqlite3; sim: piscina and immer, and tsx for
 * the worker threads' entry, which must load TypeScript as src/cli/bin.js does; tui: ink, react,
 * @inkjs/ui and immer; cli: anything). Node built-ins belong to cli alone (house rule 1).
 */
const FOLDERS: Readonly<Record<string, { readonly folders: readonly string[]; readonly packages: readonly string[] }>> = {
  domain: { folders: [], packages: [] },
  calendar: { folders: ['domain'], packages: [] },
  rules: { folders: ['domain', 'calendar'], packages: [] },
  journey: { folders: ['domain', 'rules'], packages: ['xstate', 'immer'] },
  random: { folders: [], packages: ['seedrandom'] },
  kernel: { folders: [], packages: [] },
  workforce: { folders: ['domain', 'random'], packages: [] },
  store: { folders: ['domain', 'rules', 'calendar'], packages: ['better-sqlite3'] },
  scenario: { folders: ['domain', 'rules'], packages: ['zod', 'yaml'] },
  sim: { folders: ['domain', 'calendar', 'rules', 'journey', 'random', 'kernel', 'workforce', 'store', 'scenario'], packages: ['piscina', 'immer', 'tsx'] },
  export: { folders: ['domain', 'store', 'calendar'], packages: [] },
  cli: { folders: ['*'], packages: ['*'] },
  tui: { folders: ['domain', 'store', 'sim'], packages: ['ink', 'react', '@inkjs/ui', 'immer'] },
};

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [path] : [];
  });
}

/** Removes comments so that prose such as "never Math.random" does not count as code. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function importsOf(code: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;
  for (const match of code.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3] ?? '');
  return specifiers;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Every rule broken by one source file, as readable sentences. */
export function violations(file: string, code: string): string[] {
  const folder = relative(SRC, file).split(sep)[0] ?? '';
  const rule = FOLDERS[folder];
  if (rule === undefined) return [`${relative(process.cwd(), file)}: folder "${folder}" is not in ARCHITECTURE §2`];
  const found: string[] = [];
  const stripped = stripComments(code);
  for (const specifier of importsOf(stripped)) {
    if (specifier.startsWith('.')) {
      const target = relative(SRC, join(file, '..', specifier)).split(sep)[0] ?? '';
      if (target !== folder && !rule.folders.includes('*') && !rule.folders.includes(target)) {
        found.push(`${relative(process.cwd(), file)}: ${folder} may not import ${target} ("${specifier}")`);
      }
    } else if (specifier.startsWith('node:') || specifier === 'fs' || specifier === 'process') {
      if (folder !== 'cli') found.push(`${relative(process.cwd(), file)}: only cli may use Node built-ins ("${specifier}")`);
    } else if (!rule.packages.includes('*') && !rule.packages.includes(packageName(specifier))) {
      found.push(`${relative(process.cwd(), file)}: ${folder} may not import package "${specifier}"`);
    }
  }
  if (folder !== 'cli') {
    for (const [pattern, what] of [[/\bMath\.random\b/, 'Math.random'], [/\bDate\.now\b/, 'Date.now'], [/\bnew\s+Date\b/, 'new Date']] as const) {
      if (pattern.test(stripped)) found.push(`${relative(process.cwd(), file)}: ${what} outside src/cli`);
    }
  }
  return found;
}

describe('architecture (ARCHITECTURE §2, house rule 1)', () => {
  it('every import in src/ follows the folder table, and only cli reads the clock', () => {
    const all = sourceFiles(SRC).flatMap((file) => violations(file, readFileSync(file, 'utf8')));
    expect(all).toEqual([]);
  });

  it('catches the violations it is meant to catch', () => {
    const kernel = join(SRC, 'kernel', 'x.ts');
    expect(violations(kernel, "import { a } from '../domain/index.ts';\nconst t = Date.now();\nimport fs from 'node:fs';")).toEqual([
      'src/kernel/x.ts: kernel may not import domain ("../domain/index.ts")',
      'src/kernel/x.ts: only cli may use Node built-ins ("node:fs")',
      'src/kernel/x.ts: Date.now outside src/cli',
    ]);
    expect(violations(join(SRC, 'rules', 'x.ts'), "import { z } from 'zod';\nconst r = Math.random();\nconst d = new Date();")).toEqual([
      'src/rules/x.ts: rules may not import package "zod"',
      'src/rules/x.ts: Math.random outside src/cli',
      'src/rules/x.ts: new Date outside src/cli',
    ]);
    expect(violations(join(SRC, 'cli', 'x.ts'), "import fs from 'node:fs';\nconst t = Date.now();")).toEqual([]);
    expect(violations(join(SRC, 'rules', 'x.ts'), '// never Math.random here\nexport const a = 1;')).toEqual([]);
  });
});
