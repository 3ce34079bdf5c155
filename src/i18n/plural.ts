// English nouns agree with their count by the language's plural rules: "1 village", "0 villages", "2 villages".
const rules = new Intl.PluralRules('en');

/** True when English takes the singular for this count; a count may come as an English figure ("1,234"). */
export const isOne = (n: string | number | undefined) => rules.select(Number(String(n).replace(/,/g, ''))) === 'one';

/** The count and its noun: "1 craft village", "2 craft villages". */
export const count = (n: string | number | undefined, one: string, other: string) => `${n} ${isOne(n) ? one : other}`;
