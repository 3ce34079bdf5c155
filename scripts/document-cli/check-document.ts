// One document checked the page's way (src/data's parseDocument), as a result the commands can print or map.
import { DocumentError, type DocumentErrorDetail } from '../../src/data/document-error';
import type { Problem } from '../../src/data/document-problems';
import { parseDocument } from '../../src/data/parse-document';
import type { DashboardDocument } from '../../src/contract/document';

export type CheckResult =
  | { readonly ok: true; readonly document: DashboardDocument }
  | {
      readonly ok: false;
      readonly detail: DocumentErrorDetail;
      readonly problems: readonly Problem[];
      readonly total: number;
      /** True when the page would still open the document, leaving these records out. */
      readonly partial?: boolean;
    };

/**
 * Parses and validates `text` exactly as the page does; never throws for a bad document. A document the page
 * would open without some bad records is not ready to publish: its left-out records are its problems.
 */
export function checkText(url: string, text: string): CheckResult {
  try {
    const { document, report } = parseDocument(url, text);
    if (report.total > 0) {
      const detail: DocumentErrorDetail = { kind: 'invalid', problems: report.problems, total: report.total };
      return { ok: false, detail, problems: report.problems, total: report.total, partial: true };
    }
    return { ok: true, document };
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    const d = e.detail;
    return d.kind === 'invalid'
      ? { ok: false, detail: d, problems: d.problems, total: d.total }
      : { ok: false, detail: d, problems: [], total: 1 };
  }
}

/** The same, for a value already parsed (a converted workbook). */
export function checkValue(url: string, value: unknown): CheckResult {
  return checkText(url, JSON.stringify(value));
}
