// Runs `astro build` with the project's own Node, timed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { root } from './paths.ts';

export function build(): Promise<{ ms: number; ok: boolean; output: string }> {
  return new Promise((done) => {
    const start = performance.now();
    // The same Node that runs this script, whatever `node` is first on PATH.
    const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ ms: performance.now() - start, ok: false, output: output + String(error) }));
    child.on('close', (code) => done({ ms: performance.now() - start, ok: code === 0, output }));
  });
}
