// The document's own words for the header, the slides, the handout and the downloads, in the view's language
// where the document gives them (`meta.en`), else in Vietnamese, with the language they are in.
import type { Meta } from '../contract/meta';
import type { Locale } from './format';

export interface MetaWord {
  readonly text: string;
  /** The language the text is in, for `lang` (a screen reader then reads Vietnamese as Vietnamese). */
  readonly lang: Locale;
}

export interface MetaText {
  readonly title: MetaWord;
  readonly publisher: MetaWord;
  readonly geography: MetaWord;
}

const word = (en: string | undefined, vi: string, locale: Locale): MetaWord =>
  locale === 'en' && en ? { text: en, lang: 'en' } : { text: vi, lang: 'vi' };

export function metaText(meta: Meta, locale: Locale): MetaText {
  return {
    title: word(meta.en?.title, meta.title, locale),
    publisher: word(meta.en?.publisher, meta.publisher.name, locale),
    geography: word(meta.en?.geographyLabel, meta.geography.label, locale),
  };
}
