// Record by record: a record that breaks a rule is left out, and so is every record that depends on it.
import type { Exclusions, ExcludedInBlock } from '../contract/exclusions';
import { blockPath, RECORD_BLOCKS, type RecordBlock } from '../contract/record-blocks';
import { leaveOutDuplicateIds } from './duplicate-ids';
import { placesOf } from './left-out-places';
import { CappedList, fromIssue, problem, type Problem } from './problem';
import { leaveOutBrokenReferences } from './reference-checks';
import { SCHEMAS } from './record-schemas';

export interface RecordCheckResult {
  /** Per block, the records kept (as the schema outputs them) and their index in the document. */
  readonly kept: Record<RecordBlock, { readonly values: unknown[]; readonly origin: number[] }>;
  readonly problems: CappedList<Problem>;
  readonly exclusions: Exclusions;
}

/** Checks every record of the given blocks (each already known to be an array). */
export function checkRecords(
  root: unknown,
  arrays: Record<RecordBlock, readonly unknown[]>,
  /** Called now and then with the records checked so far and their number. */
  onProgress?: (done: number, total: number) => void,
): RecordCheckResult {
  const problems = new CappedList<Problem>();
  const all = RECORD_BLOCKS.reduce((n, b) => n + arrays[b].length, 0);
  let done = 0;
  const bad = {} as Record<RecordBlock, Uint8Array>;
  const parsed = {} as Record<RecordBlock, unknown[]>;
  const fail = (block: RecordBlock, i: number, p: Problem) => {
    bad[block][i] = 1;
    problems.add(p);
  };

  // 1. Each record against its schema.
  for (const block of RECORD_BLOCKS) {
    const list = arrays[block];
    const base = blockPath(block);
    bad[block] = new Uint8Array(list.length);
    parsed[block] = new Array<unknown>(list.length);
    const schema = SCHEMAS[block];
    for (let i = 0; i < list.length; i++) {
      if (onProgress && ++done % 2000 === 0) onProgress(done, all);
      let result: ReturnType<typeof schema.safeParse>;
      try {
        result = schema.safeParse(list[i]);
      } catch {
        // A record too deeply nested or too large to check (the engine's stack ran out) is left out, not fatal.
        fail(block, i, problem(root, [...base, i], 'unchecked'));
        continue;
      }
      if (result.success) parsed[block][i] = result.data;
      else for (const issue of result.error.issues) fail(block, i, fromIssue(root, [...base, i], issue));
    }
  }

  // 2. Ids are unique; 3. references resolve to kept records.
  const records = { root, arrays, parsed, bad, fail };
  leaveOutDuplicateIds(records);
  leaveOutBrokenReferences(records);

  // 4. What is kept, and where the left-out records would have counted.
  const placeOf = placesOf(arrays);
  const kept = {} as RecordCheckResult['kept'];
  const blocks: Partial<Record<RecordBlock, ExcludedInBlock>> = {};
  let total = 0;
  for (const block of RECORD_BLOCKS) {
    const values: unknown[] = [];
    const origin: number[] = [];
    const byPlace: Record<string, number> = {};
    let count = 0;
    let unplaced = 0;
    const raw = arrays[block];
    for (let i = 0; i < raw.length; i++) {
      if (!bad[block][i]) {
        values.push(parsed[block][i]);
        origin.push(i);
        continue;
      }
      count++;
      const place = placeOf(block, raw[i]);
      if (place === undefined) unplaced++;
      else byPlace[place] = (byPlace[place] ?? 0) + 1;
    }
    kept[block] = { values, origin };
    if (count > 0) blocks[block] = { count, byPlace, unplaced };
    total += count;
  }
  return { kept, problems, exclusions: { total, blocks } };
}
