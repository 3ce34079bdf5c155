import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { metaText } from './meta-text';

const doc = buildSmallDocument();

describe("the document's header words in the view's language", () => {
  it('takes the English words where the document gives them, marked English', () => {
    const meta = { ...doc.meta, en: { title: 'Progress, Sample province', geographyLabel: 'Boundaries before 1 Jul 2025' } };
    expect(metaText(meta, 'en')).toEqual({
      title: { text: 'Progress, Sample province', lang: 'en' },
      // No English name given: the Vietnamese one, marked Vietnamese for screen readers.
      publisher: { text: doc.meta.publisher.name, lang: 'vi' },
      geography: { text: 'Boundaries before 1 Jul 2025', lang: 'en' },
    });
  });
  it('keeps the Vietnamese words in the Vietnamese view, and without `meta.en`', () => {
    const meta = { ...doc.meta, en: { title: 'Progress' } };
    expect(metaText(meta, 'vi').title).toEqual({ text: doc.meta.title, lang: 'vi' });
    expect(metaText(doc.meta, 'en').geography).toEqual({ text: doc.meta.geography.label, lang: 'vi' });
  });
});
