// A document's text from a file path or an http(s) address (fetched the way the page fetches it).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fetchText } from '../../src/data/fetch-text';

export interface SourceText {
  /** The address problems are reported against: the URL, or the file's file:// address. */
  readonly url: string;
  readonly text: string;
}

export const isHttpAddress = (arg: string) => /^https?:\/\//i.test(arg);

/** Reads `arg`; throws a DocumentError for a network failure, a Node error for a missing file. */
export async function readSource(arg: string): Promise<SourceText> {
  if (isHttpAddress(arg)) return { url: arg, text: await fetchText(arg) };
  const path = resolve(arg);
  return { url: pathToFileURL(path).href, text: await readFile(path, 'utf8') };
}
