// What went wrong loading the data, in words, with each problem's JSON path, a retry, background tries, and
// which figures stay on screen meanwhile (with their age).
import type { DocumentError } from '../data/document-error';
import type { LoadedDocument } from '../data/loaded-document';
import { describeLoadError } from '../i18n/describe-problem';
import { CATALOGUE } from '../i18n/messages';
import { FRESHNESS_MESSAGES } from '../i18n/messages-freshness';
import { useLocale } from '../state/view-store';
import { useFreshnessText } from './data-flags';
import { LazyProblemList } from './lazy-problem-list';

interface Props {
  error: DocumentError;
  /** The figures still on screen (an earlier load, or the last good copy), if any. */
  shown: LoadedDocument | undefined;
  onRetry: () => void;
  retrying: boolean;
  /** Set while the remaining tries run by themselves. */
  backgroundAttempt: { attempt: number; total: number } | undefined;
}

export function LoadErrorPanel({ error, shown, onRetry, retrying, backgroundAttempt }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const d = error.detail;
  const invalid = d.kind === 'invalid';
  return (
    <section
      className={`notice ${shown ? 'notice--warning' : 'notice--danger'} load-error`}
      role="alert"
      aria-labelledby="load-error-title"
    >
      <h2 id="load-error-title">{shown ? <ShownTitle loaded={shown} /> : invalid ? m.error.invalidTitle : m.error.loadTitle}</h2>
      <p>{describeLoadError(d, locale)}</p>
      {backgroundAttempt && <p>{FRESHNESS_MESSAGES[locale].retryingInBackground(backgroundAttempt)}</p>}
      <p className="load-error__url">
        {m.error.address}: <code>{error.url}</code>
      </p>
      {invalid && <LazyProblemList problems={d.problems} total={d.total} />}
      {!shown && <p>{m.error.nothingToShow}</p>}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? m.retrying : m.retry}
      </button>
    </section>
  );
}

/** The age ticks on; a screen reader hears the alert once, not again every minute. */
function ShownTitle({ loaded }: { loaded: LoadedDocument }) {
  return <span aria-live="off">{useFreshnessText({ loaded, refreshMs: undefined, refreshing: false, failed: true })}</span>;
}
