// The ways loading a document can fail, as one error type the UI can describe in words.
import type { Problem } from './document-problems';
import type { PlacedProblem } from './workbook/import-workbook';
import type { WorkbookReadProblem } from './workbook/zip-parts';

export type DocumentErrorDetail =
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'too-large'; readonly maxBytes: number }
  /** `to` is unknown when the browser hides a redirect's target. */
  | { readonly kind: 'redirected'; readonly to?: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'html' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'syntax'; readonly line?: number; readonly column?: number }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[]; readonly total: number }
  /** An .xlsx workbook whose cells do not make a valid document: each problem placed by sheet, row and column. */
  | { readonly kind: 'workbook'; readonly problems: readonly PlacedProblem[]; readonly total: number }
  /** A file opened as a workbook that cannot be read as one. */
  | { readonly kind: 'unreadable'; readonly problem: WorkbookReadProblem };

export class DocumentError extends Error {
  readonly detail: DocumentErrorDetail;
  readonly url: string;
  constructor(url: string, detail: DocumentErrorDetail) {
    super(`${detail.kind}: ${url}`);
    this.name = 'DocumentError';
    this.url = url;
    this.detail = detail;
  }
  /** Network trouble may pass; a bad document will not fix itself on retry. */
  get retryable(): boolean {
    return this.detail.kind === 'network' || this.detail.kind === 'timeout' || (this.detail.kind === 'http' && this.detail.status >= 500);
  }
}
