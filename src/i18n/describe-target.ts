// A target in words: its value, its goal, and the one-line reason behind its status.
import type { Target } from '../contract/targets';
import type { Unit } from '../contract/values';
import type { MetricResult } from '../domain/metrics';
import type { TargetEvaluation } from '../domain/target-status';
import { formatters, type Locale } from './format';
import { CATALOGUE } from './messages';

export function formatValue(value: number, unit: Unit, locale: Locale): string {
  const f = formatters(locale);
  return unit === 'percent' ? f.percent(value) : f.number(value, 1);
}

/** "more than 80%", "60 to 70" */
export function describeGoal(t: Target, locale: Locale): string {
  const m = CATALOGUE[locale];
  return m.comparison[t.comparison]({
    value: formatValue(t.value, t.unit, locale),
    max: formatValue(t.valueMax ?? t.value, t.unit, locale),
  });
}

/** When a figure is taken: the words for a state ("cuối năm 2024" / "đến 30/06/2025"), a year's flow and its due date. */
export interface WhenContext {
  readonly year: number;
  readonly evaluatedOn: string;
  readonly yearComplete: boolean;
}

function whenParams(c: WhenContext, locale: Locale) {
  const m = CATALOGUE[locale];
  const date = formatters(locale).date(c.evaluatedOn);
  const until = m.whenUntil({ date });
  const inYear = m.inYear({ year: c.year });
  return {
    year: c.year,
    when: c.yearComplete ? m.whenYearEnd({ year: c.year }) : until,
    period: c.yearComplete ? inYear : `${inYear} (${until})`,
    due: c.yearComplete ? inYear : until,
  };
}

export function describeResult(metric: string, r: MetricResult, when: WhenContext, locale: Locale, date?: string): string {
  const m = CATALOGUE[locale];
  if (r.kind === 'no-data') return m.noData.metric[r.reason];
  const params = {
    value: formatValue(r.value, r.unit, locale),
    n: formatters(locale).number(r.numerator ?? r.value, 0),
    d: formatters(locale).number(r.denominator ?? 0, 0),
    ...whenParams(when, locale),
  };
  if (metric === 'reported') return m.reportedReason({ value: params.value, date: date ? formatters(locale).date(date) : '' });
  const phrase = m.metricReason[metric];
  return phrase ? phrase(params) : params.value;
}

/** A pace figure: whole numbers for counts (the status itself uses the exact pace). */
function paceValue(value: number, unit: Unit, locale: Locale): string {
  return unit === 'count' ? formatters(locale).number(Math.round(value), 0) : formatValue(value, unit, locale);
}

/** The scope as a sentence names it mid-way: "toàn tỉnh", never "Toàn tỉnh" after a comma or in brackets. */
export const inSentence = (scopeLabel: string, locale: Locale) =>
  scopeLabel === CATALOGUE[locale].wholeProvince ? CATALOGUE[locale].wholeProvinceInSentence : scopeLabel;

/** The one-line reason behind a status: what was counted, against what, and why that status. */
export function describeEvaluation(e: TargetEvaluation, locale: Locale, label: string, year: number): string {
  const m = CATALOGUE[locale];
  const scopeLabel = inSentence(label, locale);
  const f = formatters(locale);
  const t = e.target;
  if (e.status === 'no-data') {
    const cause = e.noData;
    if (!cause || cause.kind === 'metric') return m.noData.metric[cause?.reason ?? 'no-records'];
    if (cause.kind === 'unknown-metric') return m.noData.unknownMetric({ metric: cause.metric });
    if (cause.kind === 'unit-mismatch') return m.noData.unitMismatch;
    if (cause.kind === 'reported-later') return m.noData.reportedLater({ date: f.date(cause.asOf), year: cause.asOf.slice(0, 4) });
    return m.noData.notReported;
  }
  if (!e.result) return '';
  const parts = [
    describeResult(t.metric, e.result, { year, evaluatedOn: e.evaluatedOn, yearComplete: e.yearComplete }, locale, t.reported?.asOf),
    `${m.targetGoal.toLowerCase()}: ${describeGoal(t, locale)}`,
  ];
  if (e.aboveRange) parts.push(m.aboveRange);
  if (e.expected !== undefined && e.status !== 'achieved') {
    let pace = m.expectedByNow({ value: paceValue(e.expected, t.unit, locale), date: f.date(e.evaluatedOn) });
    if (e.impliedBaseline) pace += ` (${m.impliedBaseline({ date: f.date(e.impliedBaseline.date) })})`;
    parts.push(pace);
  }
  if (e.deadlinePassed && e.status === 'off-track') parts.push(m.deadlinePassed);
  let text = parts.join('; ') + '.';
  if (e.judgedOn === 'province' && e.result.kind === 'value') {
    const province = formatValue(e.result.value, t.unit, locale);
    text +=
      ' ' +
      (e.selectionResult?.kind === 'value'
        ? m.judgedOnProvince({ scope: scopeLabel, value: province, contribution: formatValue(e.selectionResult.value, t.unit, locale) })
        : m.provinceOnly({ scope: scopeLabel, value: province }));
  }
  return text;
}
