// Notices about the data itself: a refused ?source=, a source other than the configured one, sample data with its sources.
import type { ResolvedSource } from '../data/source-config';
import type { Meta } from '../contract/meta';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { formatters } from '../i18n/format';

interface Props {
  source: ResolvedSource | undefined;
  configProblem: 'invalid' | undefined;
  meta: Meta | undefined;
}

export function SourceNotices({ source, configProblem, meta }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  return (
    <>
      {source?.kind === 'refused' && (
        <section className="notice notice--danger" role="alert" aria-labelledby="refused-title">
          <h2 id="refused-title">{m.error.refusedTitle}</h2>
          <p>{m.error.refused[source.reason]({ url: source.requested })}</p>
          <p>{m.error.refusedFallback({ url: source.fallbackUrl })}</p>
        </section>
      )}
      {source?.kind === 'ok' && !source.isConfigured && (
        <p className="notice notice--warning" data-testid="non-default-source">
          <span aria-hidden="true">⚠ </span>
          {m.nonDefaultSource({ url: source.url })}
        </p>
      )}
      {configProblem && <p className="notice notice--warning">{m.error.configInvalid}</p>}
      {meta?.sample && (
        <section className="notice notice--sample" role="note" aria-label={m.sampleBadge}>
          <p>
            <strong className="badge badge--sample">{m.sampleBadge}</strong> {m.sampleNotice}
          </p>
          {meta.sources.length > 0 && (
            <details>
              <summary>
                {m.sourcesHeading} ({meta.sources.length})
              </summary>
              <ul className="source-list">
                {meta.sources.map((s, i) => (
                  <li key={i}>
                    {s.url ? (
                      <a href={s.url} rel="noreferrer noopener">
                        {s.name}
                      </a>
                    ) : (
                      s.name
                    )}
                    {s.date && ` (${f.date(s.date)})`}
                    {s.note && ` — ${s.note}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
    </>
  );
}
