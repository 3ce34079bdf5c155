// From response text to a validated document: tells HTML pages, truncated and malformed JSON apart.
import { DocumentError } from './document-error';
import { validateDocument, type DocumentReport } from './document-problems';
import type { DashboardDocument } from '../contract/document';
import { importWorkbook } from './workbook/import-workbook';
import { WorkbookReadError } from './workbook/zip-parts';

/** A usable document (bad records left out) and what was left out or should be looked at. */
export interface ParsedDocument {
  readonly document: DashboardDocument;
  readonly report: DocumentReport;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: position - last };
}

/** Parses JSON text, or throws a DocumentError that says what the text is instead. */
export function parseJsonText(url: string, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') throw new DocumentError(url, { kind: 'empty' });
  if (trimmed.startsWith('<')) throw new DocumentError(url, { kind: 'html' });
  try {
    return JSON.parse(trimmed);
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (/end of (JSON|data)|Unterminated|Unexpected end/i.test(message)) throw new DocumentError(url, { kind: 'truncated' });
    const pos = /position (\d+)/.exec(message);
    // V8 reports a file that stops part-way as an error at its very end.
    if (pos && Number(pos[1]) >= trimmed.length) throw new DocumentError(url, { kind: 'truncated' });
    if (pos) throw new DocumentError(url, { kind: 'syntax', ...lineAndColumn(trimmed, Number(pos[1])) });
    throw new DocumentError(url, { kind: 'syntax' });
  }
}

/**
 * Parses and validates a document's text. A broken structure is a DocumentError; bad records are left out of
 * the document and listed in the report. Every failure is a DocumentError, never another exception.
 */
export function parseDocument(url: string, text: string): ParsedDocument {
  const raw = parseJsonText(url, text);
  let result: ReturnType<typeof validateDocument>;
  try {
    result = validateDocument(raw);
  } catch {
    // Validation is written not to throw; if the engine still gives up (memory, stack), say the data is the cause.
    throw new DocumentError(url, { kind: 'invalid', problems: [], total: 1 });
  }
  if (!result.ok) throw new DocumentError(url, { kind: 'invalid', problems: result.problems, total: result.total });
  const { document, problems, total, exclusions, warnings, warningTotal } = result;
  return { document, report: { problems, total, exclusions, warnings, warningTotal } };
}

/**
 * The same for an .xlsx workbook's bytes (the document worker's way and its in-page fallback's): converted and
 * checked as the import command does, every problem placed by sheet, row and column in a DocumentError.
 */
export async function parseWorkbookDocument(url: string, data: ArrayBuffer): Promise<ParsedDocument> {
  let result;
  try {
    result = await importWorkbook(data);
  } catch (e) {
    throw new DocumentError(
      url,
      e instanceof WorkbookReadError ? { kind: 'unreadable', problem: e.problem } : { kind: 'invalid', problems: [], total: 1 },
    );
  }
  if (!result.ok) throw new DocumentError(url, { kind: 'workbook', problems: result.problems, total: result.total });
  return { document: result.document, report: result.report };
}
