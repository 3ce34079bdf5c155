// A validated document with where and when it was loaded.
import type { DashboardDocument } from './schema';

export interface LoadedDocument {
  readonly document: DashboardDocument;
  readonly url: string;
  readonly fetchedAt: number;
  /** True when this is the last good copy shown because a fresh load failed. */
  readonly stale?: boolean;
}
