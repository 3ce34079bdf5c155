// From response text to a validated document: tells HTML pages, truncated and malformed JSON apart.
import { DocumentError } from './document-error';
import { validateDocument } from './document-problems';
import type { DashboardDocument } from './schema';

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

/** Parses and validates a document's text; every failure is a DocumentError. */
export function parseDocument(url: string, text: string): DashboardDocument {
  const raw = parseJsonText(url, text);
  const result = validateDocument(raw);
  if (!result.ok) throw new DocumentError(url, { kind: 'invalid', problems: result.problems, total: result.total });
  return result.document;
}
