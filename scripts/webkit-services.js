// WebKit runs as WebKitGTK's MiniBrowser, driven by WebKitWebDriver, on an X display of its
// own: the test command starts an Xvfb and one driver per WebKit launch here, and stops them
// when it exits. Nothing is left running and no display of the machine is used.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = [];
const temporaryFolders = [];
// A run that ends before its totals says how: the event loop ran empty, or an exit code and
// where `process.exit` was called from (the runner's own end prints its totals first).
process.on('beforeExit', (code) =>
  process.stderr.write(`\nweb-test-runner: the event loop ran empty (code ${code})\n`),
);
const exit = process.exit.bind(process);
process.exit = (code) => {
  if (code) process.stderr.write(`\nweb-test-runner: process.exit(${code}) from\n${new Error().stack}\n`);
  return exit(code);
};
// A promise of the runner's process that fails unhandled (a browser's driver answering a page
// already closed, say) would end the run on the spot, the runner's terminal swallowing the
// reason: it is said here, and the run goes on. A session it leaves hanging fails on the
// runner's own time-outs, so nothing passes for it.
process.on('unhandledRejection', (reason) =>
  process.stderr.write(`\nweb-test-runner: a promise failed unhandled, the run goes on: ${reason?.stack ?? reason}\n`),
);
// And a runner stopped while sessions are still running says who stopped it and with what:
// its own stop prints an error only when it is an Error, and its caller is lost to `await`.
// (The runner's package comes with @web/test-runner; without it, nothing is said.)
import('@web/test-runner-core').then(
  ({ TestRunner }) => {
    const stopRunner = TestRunner.prototype.stop;
    TestRunner.prototype.stop = function (error) {
      const running = [...(this.sessions?.all() ?? [])].filter((session) => session.status !== 'FINISHED');
      if (!this.stopped && running.length) {
        const why = error === undefined ? 'nothing' : String(error?.stack ?? error);
        process.stderr.write(
          `\nweb-test-runner: stopped with ${running.length} sessions unfinished, given ${why}, from\n${new Error().stack}\n`,
        );
      }
      return stopRunner.call(this, error);
    };
  },
  () => {},
);
process.on('exit', () => {
  for (const child of children) {
    // Each runs in a process group of its own, with what it started (the driver's browsers).
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.once(signal, () => {
    // Said, so that a run cut short by a signal does not end without a word.
    process.stderr.write(`\nweb-test-runner: stopped by ${signal}\n`);
    process.exit(130);
  });

/** Starts Xvfb on a free display number (it picks one itself) and resolves to ":N". */
export function startXvfb(xvfbPath) {
  return new Promise((resolve, reject) => {
    // In a process group of its own, as the browsers' launchers start theirs: whatever it or
    // its clients signal to their group does not reach the test runner.
    const child = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.push(child);
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
    let number = '';
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/**
 * Starts a WebKitWebDriver for one launch. `gtkSettings` (settings.ini lines) reach the
 * browser through its own GTK configuration folder: that is how WebKitGTK learns the
 * reader's preferences (gtk-enable-animations=false is prefers-reduced-motion: reduce).
 */
export async function startWebKitDriver(driverPath, display, gtkSettings = []) {
  const port = await freePort();
  const env = { ...process.env, DISPLAY: display };
  // Keep MiniBrowser away from any desktop session of the machine (accessibility bus, portals).
  env.NO_AT_BRIDGE = '1';
  env.GTK_USE_PORTAL = '0';
  env.WEBKIT_DISABLE_COMPOSITING_MODE = '1';
  delete env.WAYLAND_DISPLAY;
  const config = mkdtempSync(join(tmpdir(), 'story-timeline-webkit-'));
  temporaryFolders.push(config);
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), ['[Settings]', ...gtkSettings, ''].join('\n'));
  env.XDG_CONFIG_HOME = config;
  env.XDG_CACHE_HOME = join(config, 'cache');
  env.XDG_DATA_HOME = join(config, 'data');
  const child = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env, detached: true });
  children.push(child);
  await waitForDriver(port, child);
  return port;
}
