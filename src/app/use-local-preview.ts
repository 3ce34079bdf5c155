// A document from a file on this computer (JSON, or an .xlsx workbook converted as the import command does), read and
// checked in the browser only (never uploaded), until the reader leaves.
import { useCallback, useState } from 'react';
import { DocumentError } from '../data/document-error';
import { DEFAULT_LIMITS } from '../data/fetch-limits';
import type { LoadedDocument } from '../data/loaded-document';
import { parseDocumentOffThread } from '../data/parse-off-thread';

export type LocalPreview =
  | { readonly kind: 'document'; readonly name: string; readonly loaded: LoadedDocument }
  | { readonly kind: 'invalid'; readonly name: string; readonly error: DocumentError };

const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;

/** Reads and validates a chosen file the way a fetched document is validated. */
export async function readLocalFile(file: File): Promise<LocalPreview> {
  const name = file.name;
  const workbook = WORKBOOK.test(name) || /spreadsheet|excel/.test(file.type);
  if (file.size > DEFAULT_LIMITS.maxBytes)
    return { kind: 'invalid', name, error: new DocumentError(name, { kind: 'too-large', maxBytes: DEFAULT_LIMITS.maxBytes }) };
  try {
    // Checked off the main thread, like a fetched document (the contract's checks and the workbook reader live in the worker).
    const body = workbook ? new Uint8Array(await file.arrayBuffer()) : await file.text();
    const { document, report } = await parseDocumentOffThread(name, body, { workbook });
    return { kind: 'document', name, loaded: { document, report, url: name, fetchedAt: Date.now() } };
  } catch (e) {
    if (e instanceof DocumentError) return { kind: 'invalid', name, error: e };
    return { kind: 'invalid', name, error: new DocumentError(name, { kind: 'syntax' }) };
  }
}

export function useLocalPreview() {
  const [preview, setPreview] = useState<LocalPreview | null>(null);
  const open = useCallback((file: File) => void readLocalFile(file).then(setPreview), []);
  const leave = useCallback(() => setPreview(null), []);
  return { preview, open, leave };
}
