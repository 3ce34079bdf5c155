// What every dashboard section receives: the indexed document and the current view, already resolved.
import type { DocumentIndex } from '../domain/document-index';

export interface SectionProps {
  readonly index: DocumentIndex;
  /** Selected region ids; empty = whole province. */
  readonly regionIds: readonly string[];
  readonly year: number;
  /** "Toàn tỉnh" or the selected regions' names, for summaries. */
  readonly scopeLabel: string;
}
