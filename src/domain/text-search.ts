// Diacritic-insensitive matching for Vietnamese names: "vu le" finds "Vũ Lễ", "dong xa" finds "Đông Xá".

/** Lower-case, without tone and vowel marks, đ → d, spaces collapsed. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in the folded text. */
export function matchesQuery(folded: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  return words.every((w) => folded.includes(w));
}
