// A message catalogue is written message by message, Vietnamese then English, and read one language at a time.
import type { Locale } from './format';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
export type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

/** The words of a long table shown some rows at a time, with a search and a download. */
export interface ListMessages {
  heading: string;
  search: string;
  showing: Fn<'shown' | 'total'>;
  showMore: Fn<'n'>;
  noMatch: string;
  download: string;
  fileName: string;
}

type Message = string | ((p: never) => string);

/** The catalogue `T` as written: each message in both languages, `{ vi, en }`; a group of messages, a group of those. */
export type Pairs<T> = { readonly [K in keyof T]: T[K] extends Message ? Readonly<Record<Locale, T[K]>> : Pairs<T[K]> };

/** One language's side of the pairs: a message is an object whose `vi` is the Vietnamese text (or function). */
function side(node: object, locale: Locale): unknown {
  const own = (node as Partial<Record<Locale, unknown>>)[locale];
  if (typeof own === 'string' || typeof own === 'function') return own;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, side(v as object, locale)]));
}

/** The catalogue in each language, from its messages written in both. */
export function catalogue<T>(pairs: Pairs<T>): Record<Locale, T> {
  return { vi: side(pairs, 'vi') as T, en: side(pairs, 'en') as T };
}
