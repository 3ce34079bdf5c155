// The craft section's messages, formatters and the document's name for a region level, for the current language.
import type { DocumentIndex } from '../../domain/document-index';
import { CRAFT_MESSAGES } from '../../i18n/messages-craft';
import { useAreaText } from '../charts/area-text';

export const useCraftText = (index: DocumentIndex) => useAreaText(index, CRAFT_MESSAGES);
