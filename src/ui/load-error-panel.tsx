// What went wrong loading the data, in words, with each problem's JSON path, a retry, and the last good copy's age.
import { useState } from 'react';
import type { DocumentError } from '../data/document-error';
import type { LoadedDocument } from '../data/loaded-document';
import { describeLoadError } from '../i18n/describe';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { ProblemList } from './problem-list';

interface Props {
  error: DocumentError;
  lastGood: LoadedDocument | undefined;
  onRetry: () => void;
  retrying: boolean;
}

export function LoadErrorPanel({ error, lastGood, onRetry, retrying }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const [now] = useState(() => Date.now());
  const d = error.detail;
  const invalid = d.kind === 'invalid';
  return (
    <section className="notice notice--danger load-error" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title">{invalid ? m.error.invalidTitle : m.error.loadTitle}</h2>
      <p>{describeLoadError(d, locale)}</p>
      <p className="load-error__url">
        {m.error.address}: <code>{error.url}</code>
      </p>
      {invalid && <ProblemList problems={d.problems} total={d.total} />}
      <p>
        {lastGood
          ? m.showingLastGood({ age: f.age(lastGood.fetchedAt, now), date: f.date(new Date(lastGood.fetchedAt).toISOString()) })
          : m.error.nothingToShow}
      </p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? m.retrying : m.retry}
      </button>
    </section>
  );
}
