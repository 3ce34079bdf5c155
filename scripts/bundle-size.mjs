// Measures the built JavaScript, gzipped: what loads before the first figures paint, and all of it. Checks the budgets.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const BUDGETS = { initialKb: 130, totalKb: 280 };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Entry script + its modulepreloads (from index.html) = JS fetched before the first figures; everything else loads later. */
export function measureBundle(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // Relative (./assets/…, the default build) or absolute (/assets/…) addresses.
  const initialFiles = [...html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.js)"/g)].map((m) => m[1]);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const files = assets.map((f) => ({ file: `assets/${f}`, gzip: gz(join(dist, 'assets', f)) }));
  const initial = files.filter((f) => initialFiles.includes(f.file));
  const sum = (list) => list.reduce((s, f) => s + f.gzip, 0);
  return { files, initialFiles, initialBytes: sum(initial), totalBytes: sum(files) };
}

export function report(m) {
  const kb = (b) => (b / 1024).toFixed(1);
  const lines = [...m.files]
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `  ${m.initialFiles.includes(f.file) ? '*' : ' '} ${kb(f.gzip).padStart(7)} KB  ${f.file}`);
  lines.push(`JS before first figures (*): ${kb(m.initialBytes)} KB gzip (budget ${BUDGETS.initialKb} KB)`);
  lines.push(`All JS: ${kb(m.totalBytes)} KB gzip (budget ${BUDGETS.totalKb} KB)`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const m = measureBundle();
  console.log(report(m));
  const over = [];
  if (m.initialFiles.length === 0) over.push('no entry script found in dist/index.html');
  if (m.initialBytes > BUDGETS.initialKb * 1024) over.push('initial JS over budget');
  if (m.totalBytes > BUDGETS.totalKb * 1024) over.push('total JS over budget');
  if (over.length) {
    console.error(`Size budget failed: ${over.join(', ')}`);
    process.exit(1);
  }
}
