// A long list's search and filters kept in the address (?product=…&stars=…), so a shared link reopens them.
import type { TableParams } from '../state/url-state';
import { useTableParam, useViewActions } from '../state/view-store';

type Key = keyof TableParams;

/** A search text in the address: empty when it has none. */
export function useTableText(key: Key): [string, (value: string) => void] {
  const { setTable } = useViewActions();
  return [useTableParam(key) ?? '', (value) => setTable({ [key]: value })];
}

/** A choice in the address: one of `choices`, else `none` (which the address leaves out). */
export function useTableChoice<T extends string, N extends string>(
  key: Key,
  choices: readonly T[],
  none: N,
): [T | N, (value: T | N) => void] {
  const { setTable } = useViewActions();
  const param = useTableParam(key);
  const value = choices.find((c) => c === param) ?? none;
  return [value, (v) => setTable({ [key]: v === none ? undefined : v })];
}
