// @vitest-environment node
// A clone of this repository alone must build and test: no source, script, test, mock or config reads a file
// outside the repository root (the reference geography lives in data/reference/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** A path to the folder beside the repository, built here so this file names no such path itself. */
const SIBLING = ['..', '..', '..', 'shared', 'data', 'x.json'].join('/');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SELF = fileURLToPath(import.meta.url);
const SCANNED_DIRS = ['src', 'scripts', 'tests', 'mocks', '.ci'];
const CODE = /\.(ts|tsx|js|mjs|cjs|json|html)$|^run$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : CODE.test(name) ? [full] : [];
  });
}

/** Every code and config file the build and the tests read, from the folders and the root. */
function scannedFiles(): string[] {
  const rootFiles = readdirSync(ROOT)
    .map((n) => join(ROOT, n))
    .filter((f) => statSync(f).isFile() && CODE.test(f) && !f.endsWith('package-lock.json'));
  return [...rootFiles, ...SCANNED_DIRS.flatMap((d) => walk(join(ROOT, d)))].filter((f) => f !== SELF);
}

/** Quoted strings that are relative paths ('../x', "./x") or name a well-known outside folder. */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(['"`])(\.\.?\/[^'"`\s$]*)\1/g)) {
    const target = resolve(dirname(file), m[2]!);
    if (target !== ROOT && !target.startsWith(ROOT + sep)) found.push(m[2]!);
  }
  for (const m of text.matchAll(/['"`](\/work\/[^'"`]*|[^'"`]*shared\/data[^'"`]*)['"`]/g)) found.push(m[1]!);
  return found;
}

describe('the repository stands alone', () => {
  it('scans the sources, scripts, tests, mocks and configs', () => {
    const names = scannedFiles().map((f) => relative(ROOT, f));
    expect(names).toEqual(expect.arrayContaining(['vite.config.ts', 'scripts/sample-data/reference.ts', 'src/main.tsx', '.ci/run']));
  });

  it('no file outside the repository root is imported or read', () => {
    const offenders = scannedFiles().flatMap((f) =>
      outsideReferences(f, readFileSync(f, 'utf8')).map((ref) => `${relative(ROOT, f)}: ${ref}`),
    );
    expect(offenders).toEqual([]);
  });

  it('catches an import that climbs out of the repository', () => {
    const file = join(ROOT, 'scripts/sample-data/reference.ts');
    expect(outsideReferences(file, `import a from '${SIBLING}';`)).toEqual([SIBLING, SIBLING]);
    expect(outsideReferences(file, "import a from '../../data/reference/x.json';")).toEqual([]);
    expect(outsideReferences(join(ROOT, 'vite.config.ts'), "readFileSync('../elsewhere/config.json')")).toEqual([
      '../elsewhere/config.json',
    ]);
  });

  it('the reference geography is in the repository with its provenance note', () => {
    const readme = readFileSync(join(ROOT, 'data/reference/README.md'), 'utf8');
    expect(readme).toMatch(/daohoangson\/dvhcvn/);
    expect(readme).toMatch(/GPL-3\.0/);
    for (const f of ['thai-binh-admin-units-2025.json', 'thai-binh-district-boundaries-2025.json']) {
      expect(statSync(join(ROOT, 'data/reference', f)).size).toBeGreaterThan(1000);
    }
  });
});
