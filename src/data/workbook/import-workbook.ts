// A workbook's rows to a validated document, with every problem placed by sheet, row and column.
import { DocumentError } from '../document-error';
import type { Problem } from '../document-problems';
import { parseDocument } from '../parse-document';
import type { DashboardDocument } from '../schema';
import { rowsToDocument, type Place, type RawSheet, type WorkbookProblem } from './from-rows';

export type PlacedProblem =
  | { readonly source: 'workbook'; readonly place: Place; readonly problem: WorkbookProblem }
  | { readonly source: 'contract'; readonly place: Place | undefined; readonly problem: Problem };

export type WorkbookImport =
  | { readonly ok: true; readonly document: DashboardDocument }
  | { readonly ok: false; readonly problems: readonly PlacedProblem[]; readonly total: number };

/** Converts the rows, then checks the result with the page's own parser (`name` is the file, for messages). */
export function importWorkbookRows(name: string, sheets: readonly RawSheet[]): WorkbookImport {
  const converted = rowsToDocument(sheets);
  const own: PlacedProblem[] = converted.problems.map((p) => ({ source: 'workbook', place: p.place, problem: p }));
  try {
    const { document, report } = parseDocument(name, JSON.stringify(converted.value));
    // Records the page would leave out are problems to fix before publishing, placed by sheet, row and column.
    const left: PlacedProblem[] = report.problems.map((p) => ({ source: 'contract', place: converted.locate(p.path), problem: p }));
    const total = own.length + report.total;
    return total === 0 ? { ok: true, document } : { ok: false, problems: [...own, ...left], total };
  } catch (e) {
    if (!(e instanceof DocumentError) || e.detail.kind !== 'invalid') throw e;
    const contract: PlacedProblem[] = e.detail.problems.map((p) => ({ source: 'contract', place: converted.locate(p.path), problem: p }));
    return { ok: false, problems: [...own, ...contract], total: own.length + e.detail.total };
  }
}
