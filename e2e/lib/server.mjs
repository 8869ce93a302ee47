/** Starts scripts/serve.mjs on a free port for a test run and stops it by its PID. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/serve.mjs');

/** Resolves to `{ origin, pid, stop() }` once the server prints its address. */
export function startServer(dist, { csp = false } = {}) {
  const args = [SERVE, '--dir', dist, '--port', '0', ...(csp ? ['--csp'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`server did not start within 10 s:\n${out}`));
    }, 10_000);
    const onData = (chunk) => {
      out += chunk;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        origin: m[1],
        pid: child.pid,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            process.kill(child.pid, 'SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code}:\n${out}`));
    });
  });
}
