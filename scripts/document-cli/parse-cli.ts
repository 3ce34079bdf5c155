// The command-line words the document tools share (--lang vi|en, --json), with each tool's own options.
import { parseArgs, type ParseArgsConfig } from 'node:util';

const SHARED = { lang: { type: 'string', default: 'vi' }, json: { type: 'boolean', default: false } } as const;

/** The parsed arguments; undefined after printing the parser's complaint and the usage (the tool exits 2). */
export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...SHARED } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return undefined;
  }
}
