// The handout's first page: the filters in words and every target's status, value, goal and reason; and the running
// footer (as-of date, source, page number) every printed page carries.
import { useEffect } from 'react';
import type { Meta } from '../contract/meta';
import type { Overview } from '../domain/overview';
import { describeEvaluation, describeGoal, formatValue } from '../i18n/describe-target';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { PRINT_MESSAGES } from '../i18n/messages-print';
import { useLocale } from '../state/view-store';
import { StatusBadge } from './status-badge';
import { metaText } from '../i18n/meta-text';
import './print.css';

/** A CSS string token holding `text` (for `content:` in the page's margin boxes); quotes and escapes cannot break out. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

export function PrintSummary({ overview, meta, scopeLabel }: { overview: Overview; meta: Meta; scopeLabel: string }) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const p = PRINT_MESSAGES[locale];
  const f = formatters(locale);
  const footer = p.footer({ province: meta.province.name, asOf: f.date(meta.asOf), source: metaText(meta, locale).publisher.text });
  // The footer text goes to the @page margin boxes through custom properties (they take no HTML, only strings).
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-footer', cssString(footer));
    root.setProperty('--print-page', cssString(p.page));
  }, [footer, p.page]);
  return (
    <section className="print-only print-summary">
      <p className="print-summary__filters">{p.filters({ scope: scopeLabel, year: overview.year })}</p>
      <h2>{p.statusHeading}</h2>
      <table className="print-summary__table">
        <thead>
          <tr>
            <th scope="col">{p.column.area}</th>
            <th scope="col">{p.column.target}</th>
            <th scope="col">{p.column.status}</th>
            <th scope="col">{p.column.value}</th>
            <th scope="col">{p.column.goal}</th>
            <th scope="col">{p.column.deadline}</th>
          </tr>
        </thead>
        {overview.groups.map((g) => (
          <tbody key={g.area}>
            {g.rows.map(({ evaluation: e }, i) => {
              const shown = e.result; // the value the status is judged on, as the cards show it
              return (
                <tr key={e.target.id} data-target-id={e.target.id}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={g.rows.length} className="print-summary__area">
                      {m.area[g.area]}
                    </th>
                  )}
                  <td>
                    <strong>{(locale === 'en' && e.target.label.en) || e.target.label.vi}</strong>
                    <br />
                    <span className="print-summary__reason">{describeEvaluation(e, locale, scopeLabel, overview.year)}</span>
                  </td>
                  <td>
                    <StatusBadge status={e.status} />
                  </td>
                  <td className="num">{shown?.kind === 'value' ? formatValue(shown.value, e.target.unit, locale) : '—'}</td>
                  <td>{describeGoal(e.target, locale)}</td>
                  <td>{f.date(e.target.deadline)}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}
