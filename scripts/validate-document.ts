// `npm run validate -- <file-or-url> [--lang en] [--json]`: the page's checks on a document, before publishing it.
// Exit 0 when valid, 1 when the document has problems, 2 when it cannot be read or the arguments are wrong.
import { DocumentError } from '../src/data/document-error';
import { describeLoadError } from '../src/i18n/describe-problem';
import type { Locale } from '../src/i18n/format';
import { checkText } from './document-cli/check-document';
import { CLI_MESSAGES } from './document-cli/messages';
import { parseCli } from './document-cli/parse-cli';
import { readSource } from './document-cli/read-source';
import { jsonReport, textReport } from './document-cli/report';

async function main(argv: string[]): Promise<number> {
  const parsed = parseCli(argv, {}, CLI_MESSAGES.vi.usage);
  if (!parsed) return 2;
  const locale: Locale = parsed.values.lang === 'en' ? 'en' : 'vi';
  const m = CLI_MESSAGES[locale];
  const source = parsed.positionals[0];
  if (!source || parsed.positionals.length > 1 || !['vi', 'en'].includes(parsed.values.lang)) {
    console.error(m.usage);
    return 2;
  }
  let text: string;
  let url: string;
  try {
    ({ text, url } = await readSource(source));
  } catch (e) {
    const reason = e instanceof DocumentError ? describeLoadError(e.detail, locale) : (e as Error).message;
    if (parsed.values.json)
      console.log(
        JSON.stringify({ source, valid: false, error: { kind: 'unreadable', message: reason }, total: 0, problems: [] }, null, 2),
      );
    else console.error(m.unreadable({ source, reason }));
    return 2;
  }
  const result = checkText(url, text);
  console.log(parsed.values.json ? jsonReport(source, result, locale) : textReport(source, result, locale));
  return result.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
