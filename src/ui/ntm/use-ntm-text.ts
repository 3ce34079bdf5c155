// The NTM section's messages, formatters and the document's name for a region level, for the current language.
import type { DocumentIndex } from '../../domain/document-index';
import { NTM_MESSAGES } from '../../i18n/messages-ntm';
import { useAreaText } from '../charts/area-text';

export const useNtmText = (index: DocumentIndex) => useAreaText(index, NTM_MESSAGES);
