// A workbook's rows to a validated document, with every problem placed by sheet, row and column: the same
// conversion and checks in the import command, the document worker and the page's fallback.
import { validateDocument, type DocumentReport, type Problem } from '../document-problems';
import type { DashboardDocument } from '../../contract/document';
import { rowsToDocument, type Place, type RawSheet, type WorkbookProblem } from './from-rows';
import { readWorkbook } from './read-xlsx';

export type PlacedProblem =
  | { readonly source: 'workbook'; readonly place: Place; readonly problem: WorkbookProblem }
  | { readonly source: 'contract'; readonly place: Place | undefined; readonly problem: Problem };

export type WorkbookImport =
  | { readonly ok: true; readonly document: DashboardDocument; readonly report: DocumentReport }
  | { readonly ok: false; readonly problems: readonly PlacedProblem[]; readonly total: number };

/** Converts the rows, then checks the result with the page's own checks. */
export function importWorkbookRows(sheets: readonly RawSheet[]): WorkbookImport {
  const converted = rowsToDocument(sheets);
  const own: PlacedProblem[] = converted.problems.map((p) => ({ source: 'workbook', place: p.place, problem: p }));
  // Through JSON, as a published document would be read (fields left undefined drop out).
  const result = validateDocument(JSON.parse(JSON.stringify(converted.value)));
  // A broken structure, or records the page would leave out: problems to fix before publishing, placed by cell.
  const contract: PlacedProblem[] = result.problems.map((p) => ({ source: 'contract', place: converted.locate(p.path), problem: p }));
  const total = own.length + result.total;
  if (!result.ok || total > 0) return { ok: false, problems: [...own, ...contract], total };
  const { document, problems, exclusions, warnings, warningTotal } = result;
  return { ok: true, document, report: { problems, total: result.total, exclusions, warnings, warningTotal } };
}

/** An .xlsx file's bytes, read, converted and checked. Throws WorkbookReadError when it is not a readable workbook. */
export async function importWorkbook(data: ArrayBuffer): Promise<WorkbookImport> {
  return importWorkbookRows(await readWorkbook(data));
}
