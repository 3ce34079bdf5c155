// @vitest-environment node
// The published JSON Schema is the zod contract's, byte for byte; the example document in the docs is valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../src/contract/document';
import { buildJsonSchema, renderJsonSchema, SCHEMA_FILE } from './generate-json-schema';

type Json = Record<string, unknown>;

const schema = buildJsonSchema();
const at = (node: unknown, ...path: string[]): Json =>
  path.reduce<Json>((n, key) => {
    const next = n[key];
    if (next === undefined || next === null || typeof next !== 'object') throw new Error(`no ${path.join('.')}`);
    return next as Json;
  }, node as Json);

/** Every object schema inside a JSON Schema, with its path. */
function objectSchemas(node: unknown, path = '#'): { path: string; node: Json }[] {
  if (node === null || typeof node !== 'object') return [];
  const out: { path: string; node: Json }[] = [];
  const n = node as Json;
  if (n.type === 'object') out.push({ path, node: n });
  for (const [key, value] of Object.entries(n)) out.push(...objectSchemas(value, `${path}/${key}`));
  return out;
}

describe('public/schema/v1.json', () => {
  it('is exactly what the generator builds (run `npx tsx scripts/generate-json-schema.ts` after changing src/contract/)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(JSON.parse(committed)).toEqual(schema);
    expect(committed).toBe(renderJsonSchema());
  });

  it('names itself', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBeUndefined();
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  it('requires the seven top-level blocks', () => {
    expect([...(schema.required as string[])].sort()).toEqual(
      ['meta', 'regions', 'communes', 'ocop', 'ntm', 'craftVillages', 'targets'].sort(),
    );
  });

  it('pins meta.schemaVersion to 1 or 1.1', () => {
    const versions = (at(schema, 'properties', 'meta', 'properties', 'schemaVersion').anyOf as { const: number }[]).map((v) => v.const);
    expect(versions).toEqual([1, 1.1]);
    expect(at(schema, 'properties', 'meta').required).toContain('schemaVersion');
  });

  it('limits stars to 1–5', () => {
    const product = at(schema, 'properties', 'ocop', 'properties', 'products', 'items');
    const stars = at(product, 'properties', 'stars');
    expect(stars.minimum).toBe(1);
    expect(stars.maximum).toBe(5);
    expect(stars.type).toBe('integer');
  });

  it('does not require fields that are optional or have a default', () => {
    expect(at(schema, 'properties', 'meta').required).not.toContain('sources');
    expect(at(schema, 'properties', 'ntm').required).not.toContain('criteriaSets');
    expect(at(schema, 'properties', 'craftVillages', 'items').required).not.toContain('subjectIds');
    expect(at(schema, 'properties', 'ocop', 'properties', 'products', 'items').required).not.toContain('firstRecognisedYear');
  });

  it('allows unknown fields in every object (forward compatible)', () => {
    const objects = objectSchemas(schema);
    expect(objects.length).toBeGreaterThan(10);
    for (const { path, node } of objects) {
      expect(node.additionalProperties, path).not.toBe(false);
      expect(node.unevaluatedProperties, path).toBeUndefined();
    }
  });
});

/** The smallest useful valid document: one region, one commune, nothing else. */
const minimal = () => ({
  meta: {
    schemaVersion: 1,
    title: 'Tỉnh Mẫu',
    province: { code: '99', name: 'Tỉnh Mẫu' },
    asOf: '2025-06-30',
    generatedAt: '2025-07-01T08:00:00+07:00',
    publisher: { name: 'Sở Nông nghiệp và Môi trường' },
    sample: true,
    geography: { label: 'Địa giới hành chính trước 01/07/2025', regionLevel: { vi: 'Huyện', en: 'District' } },
  },
  regions: [{ id: '342', name: 'Huyện Tiền Hải' }],
  communes: [{ code: '13012', name: 'Xã An Ninh', regionId: '342' }],
  ocop: { subjects: [], products: [] },
  ntm: { communes: [] },
  craftVillages: [],
  targets: [],
});

describe('documentSchema and versioning', () => {
  it('accepts the minimal document and fills its defaults', () => {
    const r = documentSchema.safeParse(minimal());
    expect(r.success).toBe(true);
    expect(r.data?.meta.sources).toEqual([]);
    expect(r.data?.ntm.criteriaSets).toEqual([]);
  });

  it('accepts unknown extra fields', () => {
    const doc = minimal();
    const withExtras = {
      ...doc,
      futureBlock: { anything: [1, 2, 3] },
      meta: { ...doc.meta, contact: 'ocop@example.gov.vn' },
      communes: [{ ...doc.communes[0], population: 9000 }],
    };
    expect(documentSchema.safeParse(withExtras).success).toBe(true);
  });

  it('reads 1.1, with a district target naming its regions', () => {
    const doc = minimal();
    const r = documentSchema.safeParse({ ...doc, meta: { ...doc.meta, schemaVersion: 1.1 } });
    expect(r.success).toBe(true);
    expect(at(schema, 'properties', 'targets', 'items', 'properties', 'regionIds').type).toBe('array');
  });

  it('refuses a document of another schema version', () => {
    const doc = minimal();
    const r = documentSchema.safeParse({ ...doc, meta: { ...doc.meta, schemaVersion: 2 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path.join('.') === 'meta.schemaVersion')).toBe(true);
  });

  const example: unknown = JSON.parse(readFileSync(new URL('../docs/example-document.json', import.meta.url), 'utf8'));

  it('parses docs/example-document.json', () => {
    const r = documentSchema.safeParse(example);
    expect(r.error?.issues ?? []).toEqual([]);
    expect(r.success).toBe(true);
  });

  it('shows the same example in docs/data-contract.md', () => {
    const doc = readFileSync(new URL('../docs/data-contract.md', import.meta.url), 'utf8');
    const block = /<!-- example-document\.json[^>]*-->\s*```json\n([\s\S]*?)\n```/.exec(doc);
    expect(block?.[1], 'the ```json block after the example-document.json marker').toBeDefined();
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual(example);
  });
});
