// Finding a name as people type it: "vu le" and "vule" find "Vũ Lễ", "dong xa" puts "Xã Đông Xá" first. The words
// typed must match the starts of consecutive words of the name, in order, without diacritics; the unit word
// (Xã, Phường, Thị trấn) counts only when typed; exact names rank first, then names that start with the query.

import { stripMarks } from './strip-marks';

/** Lower-case, without tone and vowel marks, đ → d, spaces collapsed. */
export function foldText(s: string): string {
  return stripMarks(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

const UNIT_WORDS = ['thi tran', 'phuong', 'xa'] as const;

/** A name prepared for search: its folded words, without its leading unit word (kept apart). */
export interface SearchName {
  readonly words: readonly string[];
  readonly unit: readonly string[];
}

const splitWords = (folded: string) => folded.split(/[\s\-–—,.;:/()|]+/).filter(Boolean);

export function searchName(name: string): SearchName {
  const folded = foldText(name);
  for (const u of UNIT_WORDS) {
    if (folded === u || folded.startsWith(`${u} `)) return { unit: u.split(' '), words: splitWords(folded.slice(u.length)) };
  }
  return { unit: [], words: splitWords(folded) };
}

/** A query prepared once per keystroke; null when it is empty (everything matches). */
export interface SearchQuery {
  readonly tokens: readonly string[];
  readonly compact: string;
}

export function searchQuery(query: string): SearchQuery | null {
  const tokens = splitWords(foldText(query));
  return tokens.length === 0 ? null : { tokens, compact: tokens.join('') };
}

/** Ranks: the whole name, the start of the name, elsewhere in it. Lower is better; null = no match. */
export const RANK = { exact: 0, start: 1, within: 2 } as const;

/**
 * True when the tokens match consecutive words from `start`: each token is the start of a word, or spans whole
 * words and then the start of the next one (spaces optional: "vule" = "vu" + "le").
 */
function matchesFrom(words: readonly string[], start: number, tokens: readonly string[]): boolean {
  let w = start;
  for (const token of tokens) {
    let rest = token;
    for (;;) {
      const word = words[w];
      if (word === undefined) return false;
      w++;
      if (rest.length <= word.length) {
        if (!word.startsWith(rest)) return false;
        break;
      }
      if (!rest.startsWith(word)) return false;
      rest = rest.slice(word.length);
    }
  }
  return true;
}

function rankWords(words: readonly string[], q: SearchQuery): number | null {
  if (words.length === 0) return null;
  if (matchesFrom(words, 0, q.tokens)) return words.join('') === q.compact ? RANK.exact : RANK.start;
  for (let i = 1; i < words.length; i++) if (matchesFrom(words, i, q.tokens)) return RANK.within;
  return null;
}

/** How well a name matches a query (see RANK), or null. The unit word is matched only when the query names it. */
export function rankName(name: SearchName, q: SearchQuery): number | null {
  const own = rankWords(name.words, q);
  if (name.unit.length === 0) return own;
  const withUnit = rankWords([...name.unit, ...name.words], q);
  if (withUnit === null) return own;
  return own === null ? withUnit : Math.min(own, withUnit);
}

/**
 * The items that match, best first; items of the same rank keep their order (a table's sort). `ranks` gives an
 * item's names in order of importance: a match in a later name ranks after any match in an earlier one.
 */
export function searchItems<T>(items: readonly T[], query: string, names: (item: T) => readonly SearchName[]): T[] {
  const q = searchQuery(query);
  if (!q) return [...items];
  const step = RANK.within + 1;
  const ranked: { item: T; rank: number; i: number }[] = [];
  items.forEach((item, i) => {
    let best: number | null = null;
    names(item).forEach((n, k) => {
      const r = rankName(n, q);
      if (r !== null && (best === null || k * step + r < best)) best = k * step + r;
    });
    if (best !== null) ranked.push({ item, rank: best, i });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.map((r) => r.item);
}

/** True when the name matches the query (an empty query matches everything). */
export function matchesQuery(name: SearchName, query: string): boolean {
  const q = searchQuery(query);
  return q === null || rankName(name, q) !== null;
}
