// What each block of records is checked against: its schema, and the field that names a record in it.
import type { z } from 'zod/mini';
import type { RecordBlock } from '../contract/record-blocks';
import type { Problem } from './problem';
import { craftVillageSchema } from '../contract/craft';
import { criteriaSetSchema, ntmCommuneSchema } from '../contract/ntm';
import { productSchema, subjectSchema } from '../contract/ocop';
import { communeSchema, regionSchema } from '../contract/places';
import { targetSchema } from '../contract/targets';

export const SCHEMAS: Record<RecordBlock, z.ZodMiniType> = {
  regions: regionSchema,
  communes: communeSchema,
  'ocop.subjects': subjectSchema,
  'ocop.products': productSchema,
  'ntm.criteriaSets': criteriaSetSchema,
  'ntm.communes': ntmCommuneSchema,
  craftVillages: craftVillageSchema,
  targets: targetSchema,
};

/** The id each block is keyed by (unique within the block). */
export const KEYS: Record<RecordBlock, string> = {
  regions: 'id',
  communes: 'code',
  'ocop.subjects': 'id',
  'ocop.products': 'id',
  'ntm.criteriaSets': 'id',
  'ntm.communes': 'communeCode',
  craftVillages: 'id',
  targets: 'id',
};

export type Obj = Record<string, unknown>;
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const field = (v: unknown, key: string): unknown => (v !== null && typeof v === 'object' ? (v as Obj)[key] : undefined);

/** The records being checked: as published, as parsed, and which are left out so far (1 = left out). */
export interface RecordsUnderCheck {
  readonly root: unknown;
  readonly arrays: Record<RecordBlock, readonly unknown[]>;
  readonly parsed: Record<RecordBlock, unknown[]>;
  readonly bad: Record<RecordBlock, Uint8Array>;
  /** Leaves a record out, with the problem that says why. */
  readonly fail: (block: RecordBlock, i: number, p: Problem) => void;
}
