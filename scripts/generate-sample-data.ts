// Builds the built-in Thái Bình sample dataset (public/data/thai-binh-sample.json): real geography and published
// totals, illustrative records. Deterministic: seeded generators (mulberry32), fixed dates; the run refuses to write a
// document that fails the contract or misses a published figure. Which figures are matched, and which cannot all be:
// sample-data/ocop-plan.ts (OCOP) and sample-data/ntm.ts (NTM). Run: npx tsx scripts/generate-sample-data.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { en } from 'zod/locales';
import { z } from 'zod/mini';
import { documentSchema, type DashboardDocument } from '../src/contract/document';
import { report, verify } from './sample-data/check';
import { criteriaSet, meta } from './sample-data/meta';
import { buildNtm } from './sample-data/ntm';
import { buildOcop } from './sample-data/ocop';
import { Rng } from './sample-data/prng';
import { communes, regions } from './sample-data/reference';
import { targets } from './sample-data/targets';
import { buildVillages } from './sample-data/villages';

export const SEED = 20250630;
export const OUTPUT = fileURLToPath(new URL('../public/data/thai-binh-sample.json', import.meta.url));

/** The whole sample document; the same every time (each part draws from its own seeded generator). */
export function buildSampleDocument(): DashboardDocument {
  const ocop = buildOcop(new Rng(SEED));
  return {
    meta: meta(),
    regions: regions(),
    communes: communes(),
    ocop: { subjects: ocop.subjects, products: ocop.products },
    ntm: { criteriaSets: [criteriaSet()], communes: buildNtm(new Rng(SEED + 1)) },
    craftVillages: buildVillages(new Rng(SEED + 2), ocop.named, ocop.subjects, ocop.products),
    targets: targets(),
  };
}

/** The file's exact text: compact JSON and a final newline. */
export function serialise(doc: DashboardDocument): string {
  return `${JSON.stringify(doc)}\n`;
}

function main(): void {
  // zod/mini carries no messages of its own; a mismatch is printed in English.
  z.config(en());
  const doc = buildSampleDocument();
  const parsed = documentSchema.safeParse(doc);
  if (!parsed.success) {
    console.error('The sample does not match the data contract:');
    for (const issue of parsed.error.issues.slice(0, 20)) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    process.exit(1);
  }
  console.log(report(doc));
  const mismatches = verify(doc);
  if (mismatches.length > 0) {
    console.error('The sample misses published figures:');
    for (const m of mismatches) console.error(`  ${m}`);
    process.exit(1);
  }
  const text = serialise(doc);
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);
  console.log(`Wrote ${OUTPUT} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
