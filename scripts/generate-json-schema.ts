// Derives the published JSON Schema (public/schema/v1.json) from the zod contract, so the two cannot disagree.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { documentSchema } from '../src/contract/document';
import { SCHEMA_VERSION } from '../src/contract/values';

/** Where the CLI writes the schema; Vite copies public/ as is, so the built app serves it at /schema/v1.json. */
export const SCHEMA_FILE = fileURLToPath(new URL(`../public/schema/v${SCHEMA_VERSION}.json`, import.meta.url));

/**
 * The JSON Schema of a data document, as a province's system would send it.
 *
 * - `io: 'input'` describes what a sender may write, not what the app holds after parsing: fields with a
 *   default (`meta.sources`, `ntm.criteriaSets`, `craftVillages[].subjectIds`) are optional, as are the
 *   `.optional()` ones.
 * - Every object in the contract is a zod `looseObject`, which the input schema renders as
 *   `additionalProperties: {}`: unknown fields are allowed, so the contract is forward compatible.
 * - `unrepresentable: 'throw'` makes the generator fail loudly if a zod type without a JSON Schema
 *   equivalent enters the contract, rather than publishing `{}` for it.
 * - Zod refinements (real calendar dates, http(s) addresses, firstRecognisedYear ≤ ratingYear,
 *   criteriaMet ≤ criteriaTotal, valueMax for "between") have no JSON Schema form; the app still checks
 *   them, and docs/data-contract.md lists them.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(documentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    reused: 'inline',
    cycles: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `NTM–OCOP dashboard data document, version ${SCHEMA_VERSION}`,
    description:
      'One JSON document with a province\u2019s OCOP products and subjects, new-rural-area (NTM) communes, craft ' +
      'villages and targets, as read by the dashboard. Unknown fields are accepted and ignored; a document whose ' +
      `meta.schemaVersion is not ${SCHEMA_VERSION} is refused. Some rules (real calendar dates, http(s) addresses, ` +
      'firstRecognisedYear \u2264 ratingYear, criteriaMet \u2264 criteriaTotal, valueMax for "between") are checked ' +
      'by the app but cannot be expressed here; see docs/data-contract.md.',
    ...rest,
  };
}

/** The exact text of the committed file: 2-space indentation and a final newline. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, renderJsonSchema(), 'utf8');
  console.log(`Wrote ${SCHEMA_FILE}`);
}
