// Above the figures: the records left out of the document (each by JSON path and reason) and the warnings.
import type { DocumentReport } from '../data/document-problems';
import { describeProblem, describeWarning } from '../i18n/describe-problem';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { DATA_QUALITY_MESSAGES } from '../i18n/messages-data-quality';
import { useLocale } from '../state/view-store';
import './data-quality.css';

export function DataQualityNotice({ report }: { report: DocumentReport }) {
  const locale = useLocale();
  const q = DATA_QUALITY_MESSAGES[locale];
  const m = CATALOGUE[locale];
  const n = (x: number) => formatters(locale).number(x, 0);
  const excluded = report.exclusions.total;
  return (
    <>
      {excluded > 0 && (
        <section className="notice notice--warning data-quality" aria-labelledby="excluded-title" data-testid="excluded-notice">
          <h2 id="excluded-title" className="data-quality__title">
            <span aria-hidden="true">⚠ </span>
            {q.excludedTitle({ count: n(excluded) })}
          </h2>
          <p className="data-quality__intro">{q.excludedIntro}</p>
          <details>
            <summary>{q.excludedList({ count: n(report.total) })}</summary>
            <ol className="problem-list" tabIndex={0} aria-label={q.excludedList({ count: n(report.total) })}>
              {report.problems.map((p, i) => {
                const { path, message } = describeProblem(p, locale);
                return (
                  <li key={i}>
                    <code>{path}</code>: {message}
                  </li>
                );
              })}
            </ol>
            {report.total > report.problems.length && <p>{m.error.moreProblems({ count: n(report.total - report.problems.length) })}</p>}
          </details>
        </section>
      )}
      {report.warningTotal > 0 && (
        <section className="notice notice--info data-quality" aria-labelledby="warnings-title" data-testid="warnings-notice">
          <h2 id="warnings-title" className="data-quality__title">
            {q.warningsTitle({ count: n(report.warningTotal) })}
          </h2>
          <details>
            <summary>{q.warningsIntro}</summary>
            <ol className="problem-list" tabIndex={0} aria-label={q.warningsTitle({ count: n(report.warningTotal) })}>
              {report.warnings.map((w, i) => {
                const { path, message } = describeWarning(w, locale);
                return (
                  <li key={i}>
                    <code>{path}</code>: {message}
                  </li>
                );
              })}
            </ol>
            {report.warningTotal > report.warnings.length && (
              <p>{m.error.moreProblems({ count: n(report.warningTotal - report.warnings.length) })}</p>
            )}
          </details>
        </section>
      )}
    </>
  );
}

/** "* không gồm 3 bản ghi lỗi", beside a figure that the left-out records would have counted in. */
export function ExcludedMark({ count }: { count: number }) {
  const q = DATA_QUALITY_MESSAGES[useLocale()];
  if (count <= 0) return null;
  return (
    <span className="excluded-mark" data-testid="excluded-mark">
      <span aria-hidden="true">* </span>
      {q.mark({ count })}
    </span>
  );
}
