/** Setup file: after each test file, remove the temporary directories it made (temp-dir.ts). */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.ts';

afterAll(removeTempDirs);
