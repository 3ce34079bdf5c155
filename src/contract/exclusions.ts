// What a partial document left out: how many records of each block, and where they were.
import type { RecordBlock } from './record-blocks';

/**
 * The records left out of one block, by place: the region they belong to (for targets: their area), so a
 * figure can tell whether they would have counted in it. `unplaced` ones could belong anywhere.
 */
export interface ExcludedInBlock {
  readonly count: number;
  readonly byPlace: Readonly<Record<string, number>>;
  readonly unplaced: number;
}

export interface Exclusions {
  readonly total: number;
  readonly blocks: Readonly<Partial<Record<RecordBlock, ExcludedInBlock>>>;
}

export const NO_EXCLUSIONS: Exclusions = { total: 0, blocks: {} };
