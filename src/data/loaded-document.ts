// A validated document with where and when it was loaded.
import type { DocumentReport } from './document-problems';
import type { DashboardDocument } from '../contract/document';

export interface LoadedDocument {
  readonly document: DashboardDocument;
  /** The records left out of it, and warnings. */
  readonly report: DocumentReport;
  readonly url: string;
  readonly fetchedAt: number;
  /** True when this is the last good copy shown because a fresh load failed. */
  readonly stale?: boolean;
}
