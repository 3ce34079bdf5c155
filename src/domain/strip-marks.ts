// Vietnamese text without its tone and vowel marks, for search and for file names.

/** Tone and vowel marks removed (NFD, combining marks dropped), đ → d and Đ → D; case and spaces kept. */
export const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
