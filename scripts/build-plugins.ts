// Build-only plugins: the Content-Security-Policy meta tag, and the service worker that keeps the app shell.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The MSW worker serves `npm run dev -- ?mock=…` from public/; it has no business in a deployment. */
export function noMockWorkerInBuild(): Plugin {
  return {
    name: 'no-mock-worker-in-build',
    apply: 'build',
    writeBundle: (options) => rmSync(join(options.dir ?? 'dist', 'mockServiceWorker.js'), { force: true }),
  };
}

/** The origins (besides the page's own) the built page may fetch data from: VITE_DATA_URL's and VITE_CONNECT_ORIGINS'. */
export function connectOrigins(env: Record<string, string | undefined>): string[] {
  const out = new Set<string>();
  const add = (value: string) => {
    try {
      const u = new URL(value.trim());
      if (u.protocol === 'https:' || u.protocol === 'http:') out.add(u.origin);
    } catch {
      // A relative VITE_DATA_URL is on the page's own origin: 'self' covers it.
    }
  };
  if (env.VITE_DATA_URL) add(env.VITE_DATA_URL);
  for (const o of (env.VITE_CONNECT_ORIGINS ?? '').split(',')) if (o.trim()) add(o);
  return [...out].sort();
}

export function cspContent(origins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...origins].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Scripts only from the app itself in the built page; data only from its own origin and the build's data origin. */
export function contentSecurityPolicy(): Plugin {
  let csp = cspContent([]);
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved: (config) => {
      csp = cspContent(connectOrigins(config.env));
    },
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
      ),
  };
}

/**
 * sw.js beside index.html: on install it keeps the built files (the app shell) and config.json; it answers
 * page loads from the network, or from the kept index.html when offline. Data documents are not its
 * business: the app keeps the last good copy itself. Paths are relative to the worker's scope, so the
 * app works under any path.
 */
const WORKER = `// The app shell, kept for offline reloads. Generated at build time.
const SHELL = __SHELL__;
const CACHE = 'app-shell-' + __VERSION__;
const scope = self.registration.scope;
const abs = (path) => new URL(path, scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL.map(abs));
      await cache.add(abs('config.json')).catch(() => undefined);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('app-shell-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const kept = (path) => caches.open(CACHE).then((c) => c.match(abs(path))).then((r) => r || Response.error());

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith(scope)) return;
  const path = req.url.slice(scope.length).split(/[?#]/)[0];
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).catch(() => kept('index.html')));
  } else if (path === 'config.json') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) {
            const copy = res.clone();
            event.waitUntil(caches.open(CACHE).then((c) => c.put(abs('config.json'), copy)));
          }
          return res;
        })
        .catch(() => kept('config.json')),
    );
  } else if (SHELL.includes(path)) {
    event.respondWith(kept(path).then((r) => (r.type === 'error' ? fetch(req) : r)));
  }
});
`;

export function shellWorker(): Plugin {
  return {
    name: 'app-shell-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const shell = Object.keys(bundle)
        .filter((f) => /\.(js|css|html)$/.test(f))
        .sort();
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const source = WORKER.replace('__SHELL__', JSON.stringify(shell)).replace('__VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
