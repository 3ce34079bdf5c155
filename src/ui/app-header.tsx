// The page header: province, title, as-of date, where the data comes from, and the language switch.
// Every slot is rendered while loading too, one line each, so the page below does not move when data arrives.
import type { Meta } from '../contract/meta';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { metaText } from '../i18n/meta-text';
import { useLocale, useViewActions } from '../state/view-store';

/** `failed`: loading ended without data, so the heading must not say it is still loading. */
export function AppHeader({ meta, sourceUrl, failed }: { meta: Meta | undefined; sourceUrl: string; failed: boolean }) {
  const locale = useLocale();
  const { setLocale } = useViewActions();
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const words = meta && metaText(meta, locale);
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <p className="app-header__app">{m.appName}</p>
        <h1 title={meta?.province.name}>{meta ? meta.province.name : failed ? m.appName : m.loading}</h1>
        <p className="app-header__doc-title" title={words?.title.text} lang={words?.title.lang}>
          {words ? words.title.text : '\u00a0'}
        </p>
      </div>
      <dl className="app-header__facts">
        <div>
          <dt>{m.asOf}</dt>
          <dd data-testid="as-of">{meta ? f.date(meta.asOf) : '…'}</dd>
        </div>
        <div>
          <dt>{m.source}</dt>
          <dd>
            <span className="app-header__line" title={words?.publisher.text} lang={words?.publisher.lang}>
              {words ? words.publisher.text : '…'}
            </span>
            {/^https?:/.test(sourceUrl) ? (
              <a className="app-header__line app-header__url" href={sourceUrl} rel="noreferrer noopener" title={sourceUrl}>
                {sourceUrl}
              </a>
            ) : (
              <span className="app-header__line app-header__url">{sourceUrl || '…'}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{m.geography}</dt>
          <dd className="app-header__line" lang={words?.geography.lang}>
            {words ? words.geography.text : '…'}
          </dd>
        </div>
      </dl>
      <div className="lang-switch" role="group" aria-label={m.language}>
        {(['vi', 'en'] as const).map((l) => (
          <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
            {m.languageName[l]}
          </button>
        ))}
      </div>
    </header>
  );
}
