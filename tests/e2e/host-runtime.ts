import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * Cloudflare Pages' own runtime on this machine: `wrangler pages dev` serves a directory through workerd,
 * applying _redirects, _headers and 404.html as the host does. No account and no network needed: the
 * compatibility date is pinned (wrangler would otherwise look up the newest one), and its update check,
 * telemetry and log files are turned off. The one thing it still tries, Request.cf's data from
 * workers.cloudflare.com, fails fast offline and is replaced by a placeholder (its warning is harmless).
 */

/** A date the bundled workerd supports (pinned: reproducible, and no look-up). */
export const compatibilityDate = '2025-06-01';

/** The port wrangler listens on, beside the suite's own server (E2E_PORT), and the one its inspector takes. */
export const hostRuntimePort = Number(process.env.E2E_PORT ?? 4322) + 1;

export const offlineWranglerEnv = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  // The banner is where wrangler checks npm for a newer version.
  WRANGLER_HIDE_BANNER: 'true',
  WRANGLER_WRITE_LOGS: 'false',
  DO_NOT_TRACK: '1',
  CI: '1',
  // Plain text, to be read by the test (Playwright's workers ask for colours).
  FORCE_COLOR: '0',
  NO_COLOR: '1',
};

export interface HostRuntime {
  origin: string;
  /** Everything wrangler printed so far (its parser's report on _redirects and _headers included). */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startHostRuntime(dir: string, port = hostRuntimePort): Promise<HostRuntime> {
  const state = mkdtempSync(join(tmpdir(), 'wrangler-state-'));
  const child = spawn(
    process.execPath,
    [
      'node_modules/wrangler/bin/wrangler.js',
      'pages',
      'dev',
      dir,
      '--ip=127.0.0.1',
      `--port=${port}`,
      `--inspector-port=${port + 1}`,
      `--compatibility-date=${compatibilityDate}`,
      `--persist-to=${state}`,
      '--show-interactive-dev-session=false',
      '--live-reload=false',
    ],
    // Its own process group: wrangler starts a node process and workerd, stopped together.
    { env: { ...process.env, ...offlineWranglerEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  const killOnExit = () => signal('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const read = (chunk: Buffer) => (output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    signal('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    signal('SIGKILL');
    process.off('exit', killOnExit);
    rmSync(state, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const deadline = started + 120_000;
  while (!/Ready on http/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler pages dev did not start (exit code ${child.exitCode}, after ${Math.round((Date.now() - started) / 1000)} s):\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  // "Ready" is printed as the listener opens: the first answer says the runtime serves.
  while (!(await fetch(origin, { method: 'HEAD' }).then(() => true, () => false))) {
    if (Date.now() > deadline) throw new Error(`wrangler pages dev does not answer:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return { origin, output: () => output, stop };
}
