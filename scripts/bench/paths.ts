// Where the bench reads and writes, relative to the project.
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');
export const distDir = join(root, 'dist');
export const reportPath = join(root, 'reports', 'bench.json');
export const KB = 1024;
