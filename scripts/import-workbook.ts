// `npm run import -- workbook.xlsx -o document.json [--lang en] [--json]`: a filled-in workbook to a data document,
// checked the page's way. Exit 0 when written, 1 when the workbook has problems (nothing written), 2 when unreadable.
import { readFile, writeFile } from 'node:fs/promises';
import { importWorkbookRows } from '../src/data/workbook/import-workbook';
import { readWorkbook } from '../src/data/workbook/read-xlsx';
import { WorkbookReadError } from '../src/data/workbook/zip-parts';
import { describeReadProblem } from '../src/i18n/describe-problem';
import { describePlacedProblem, problemPath } from '../src/i18n/describe-workbook';
import type { Locale } from '../src/i18n/format';
import { parseCli } from './document-cli/parse-cli';
import { IMPORT_MESSAGES } from './workbook-cli/messages';

async function main(argv: string[]): Promise<number> {
  const parsed = parseCli(argv, { output: { type: 'string', short: 'o' } }, IMPORT_MESSAGES.vi.usage);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const locale: Locale = values.lang === 'en' ? 'en' : 'vi';
  const m = IMPORT_MESSAGES[locale];
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.output || !['vi', 'en'].includes(values.lang)) {
    console.error(m.usage);
    return 2;
  }
  let sheets;
  try {
    const bytes = await readFile(file);
    sheets = await readWorkbook(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? describeReadProblem(e.problem, locale) : (e as Error).message;
    console.error(m.unreadable({ file, reason }));
    return 2;
  }
  const result = importWorkbookRows(sheets);
  if (!result.ok) {
    const problems = result.problems.map((p) => ({ ...describePlacedProblem(p, locale), path: problemPath(p), code: p.problem.code }));
    if (values.json) console.log(JSON.stringify({ file, valid: false, total: result.total, problems }, null, 2));
    else {
      console.log(m.invalid({ file, count: result.total }));
      for (const p of problems) console.log(`  ${p.place}: ${p.message}`);
      if (result.total > problems.length) console.log(m.more({ count: result.total - problems.length }));
    }
    return 1;
  }
  await writeFile(values.output, `${JSON.stringify(result.document, null, 2)}\n`);
  if (values.json) console.log(JSON.stringify({ file, valid: true, output: values.output, total: 0, problems: [] }, null, 2));
  else console.log(m.written({ file, output: values.output }));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
