// The bench's own preview server: started in its own process group, so stopping it stops everything it started.
import { spawn } from 'node:child_process';

/** Starts `vite preview` on the port; resolves once it answers, with a function that stops it. */
export async function startPreview(port: number): Promise<() => void> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
  } catch (e) {
    stop();
    throw e;
  }
  return stop;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}
