// The change since last year of the figure a target card shows, in words.
import { changeSinceLastYear } from '../domain/change-since-last-year';
import type { TargetRow } from '../domain/overview';
import { formatValue } from './describe-target';
import { formatters, type Locale } from './format';
import { CATALOGUE } from './messages';

/**
 * The change since last year of the figure the card shows, on the basis the domain chose: since the end of last
 * year; against last year to the same date (a flow in a year not over); or last year's whole figure, labelled,
 * with no difference computed. Under a filter a province count shows the selection's part beside the province
 * total, so the change, which is the part's, names whose it is.
 */
export function describeChange(row: TargetRow, locale: Locale, scopeLabel?: string): string | undefined {
  const text = changeText(row, locale);
  const ofPart = row.evaluation.judgedOn === 'province' && row.evaluation.selectionResult !== undefined;
  return text && ofPart && scopeLabel ? `${scopeLabel} — ${text.charAt(0).toLocaleLowerCase(locale) + text.slice(1)}` : text;
}

function changeText(row: TargetRow, locale: Locale): string | undefined {
  const change = changeSinceLastYear(row);
  if (!change) return undefined;
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const unit = row.evaluation.target.unit;
  if (change.kind === 'whole-year') {
    return m.wholeYearBefore({
      year: row.previousYear,
      value: formatValue(change.previous, unit, locale),
      current: row.previousYear + 1,
      date: f.date(row.evaluation.evaluatedOn),
    });
  }
  if (change.kind === 'none') return m.noChange;
  const unitText = change.unit === 'percent' ? (locale === 'vi' ? ' điểm %' : ' pts') : '';
  const params = {
    sign: change.delta > 0 ? '+' : '−',
    delta: f.number(Math.abs(change.delta), 1) + unitText,
    year: row.previousYear,
    value: formatValue(change.previous, unit, locale),
    date: f.date(row.previousUntil),
  };
  return row.previousBasis === 'same-date' ? m.changeSameDate(params) : m.changeSince(params);
}
