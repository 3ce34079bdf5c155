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
  const n = (x: number) => formatters(locale).number(x, 0);
  const excluded = report.exclusions.total;
  const excludedList = q.excludedList({ count: n(report.total) });
  const warningsTitle = q.warningsTitle({ count: n(report.warningTotal) });
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
            <summary>{excludedList}</summary>
            <ProblemItems label={excludedList} items={report.problems.map((p) => describeProblem(p, locale))} total={report.total} />
          </details>
        </section>
      )}
      {report.warningTotal > 0 && (
        <section className="notice notice--info data-quality" aria-labelledby="warnings-title" data-testid="warnings-notice">
          <h2 id="warnings-title" className="data-quality__title">
            {warningsTitle}
          </h2>
          <details>
            <summary>{q.warningsIntro}</summary>
            <ProblemItems
              label={warningsTitle}
              items={report.warnings.map((w) => describeWarning(w, locale))}
              total={report.warningTotal}
            />
          </details>
        </section>
      )}
    </>
  );
}

/** Each problem listed by JSON path and reason, and how many more of the `total` there are. */
function ProblemItems({ label, items, total }: { label: string; items: { path: string; message: string }[]; total: number }) {
  const more = total - items.length;
  const locale = useLocale();
  return (
    <>
      <ol className="problem-list" tabIndex={0} aria-label={label}>
        {items.map(({ path, message }, i) => (
          <li key={i}>
            <code>{path}</code>: {message}
          </li>
        ))}
      </ol>
      {more > 0 && <p>{CATALOGUE[locale].error.moreProblems({ count: formatters(locale).number(more, 0) })}</p>}
    </>
  );
}
