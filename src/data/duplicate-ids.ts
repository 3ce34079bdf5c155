// Which records share an id: when two do, neither can be trusted, so all of them are left out.
import { blockPath, RECORD_BLOCKS } from '../contract/record-blocks';
import { formatPath, problem } from './problem';
import { field, KEYS, type RecordsUnderCheck } from './record-schemas';

export function leaveOutDuplicateIds({ root, parsed, bad, fail }: RecordsUnderCheck): void {
  for (const block of RECORD_BLOCKS) {
    const key = KEYS[block];
    const holders = new Map<string, number[]>();
    const list = parsed[block];
    for (let i = 0; i < list.length; i++) {
      if (bad[block][i]) continue;
      const id = field(list[i], key) as string;
      const at = holders.get(id);
      if (at) at.push(i);
      else holders.set(id, [i]);
    }
    for (const at of holders.values()) {
      if (at.length < 2) continue;
      const [first, second] = at as [number, number];
      for (const i of at) {
        const other = i === first ? second : first;
        fail(block, i, problem(root, [...blockPath(block), i, key], 'duplicate', { with: formatPath([...blockPath(block), other]) }));
      }
    }
  }
}
