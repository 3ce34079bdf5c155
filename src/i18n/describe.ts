// Puts domain results into words: a target's value, goal and reason; a document problem; a load error.
import type { DocumentErrorDetail } from '../data/document-error';
import type { Problem, Warning } from '../data/document-problems';
import { formatPath } from '../data/problem';
import type { Target, Unit } from '../data/schema';
import type { MetricResult } from '../domain/metrics';
import type { Overview } from '../domain/overview';
import type { StatusTally, TargetEvaluation } from '../domain/target-status';
import { formatters, type Locale } from './format';
import { CATALOGUE } from './messages';
import { DATA_QUALITY_MESSAGES } from './messages-data-quality';

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

export function describeResult(metric: string, r: MetricResult, year: number, locale: Locale, date?: string): string {
  const m = CATALOGUE[locale];
  if (r.kind === 'no-data') return m.noData.metric[r.reason] ?? m.noData.metric['no-records'] ?? '';
  const params = {
    value: formatValue(r.value, r.unit, locale),
    n: formatters(locale).number(r.numerator ?? r.value, 0),
    d: formatters(locale).number(r.denominator ?? 0, 0),
    year,
  };
  if (metric === 'reported') return m.reportedReason({ value: params.value, date: date ? formatters(locale).date(date) : '' });
  const phrase = m.metricReason[metric];
  return phrase ? phrase(params) : params.value;
}

/** The one-line reason behind a status: what was counted, against what, and why that status. */
export function describeEvaluation(e: TargetEvaluation, locale: Locale, scopeLabel: string, year: number): string {
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const t = e.target;
  if (e.status === 'no-data') {
    const cause = e.noData;
    if (!cause || cause.kind === 'metric') return m.noData.metric[cause?.reason ?? 'no-records'] ?? '';
    if (cause.kind === 'unknown-metric') return m.noData.unknownMetric({ metric: cause.metric });
    if (cause.kind === 'unit-mismatch') return m.noData.unitMismatch;
    if (cause.kind === 'not-reported') return m.noData.notReported;
    return m.noData.reportedProvinceOnly;
  }
  if (!e.result) return '';
  const parts = [
    describeResult(t.metric, e.result, year, locale, t.reported?.asOf),
    `${m.targetGoal.toLowerCase()}: ${describeGoal(t, locale)}`,
  ];
  if (e.aboveRange) parts.push(m.aboveRange);
  if (e.expected !== undefined && e.status !== 'achieved') {
    parts.push(m.expectedByNow({ value: formatValue(e.expected, t.unit, locale), date: f.date(e.evaluatedOn) }));
  }
  if (e.deadlinePassed && e.status === 'off-track') parts.push(m.deadlinePassed);
  let text = parts.join('; ') + '.';
  if (e.judgedOn === 'province' && e.selectionResult?.kind === 'value') {
    text += ' ' + m.judgedOnProvince({ scope: scopeLabel, value: formatValue(e.selectionResult.value, t.unit, locale) });
  }
  return text;
}

/** "+5 since 2024" for counts, "+3.2 points" style for percents is shown in the same unit. */
export function describeChange(
  current: MetricResult | undefined,
  previous: MetricResult | undefined,
  previousYear: number,
  locale: Locale,
  /** The as-of date when the current year is not over yet: the comparison then says so. */
  partialUntil?: string,
): string | undefined {
  if (current?.kind !== 'value' || previous?.kind !== 'value') return undefined;
  const m = CATALOGUE[locale];
  const delta = current.value - previous.value;
  const partial = partialUntil ? ` (${m.partialYear({ year: previousYear + 1, date: formatters(locale).date(partialUntil) })})` : '';
  if (Math.abs(delta) < 1e-9) return m.noChange + partial;
  const unitText = current.unit === 'percent' ? (locale === 'vi' ? ' điểm %' : ' pts') : '';
  const text = m.changeSince({
    sign: delta > 0 ? '+' : '−',
    delta: formatters(locale).number(Math.abs(delta), 1) + unitText,
    year: previousYear,
  });
  return text + partial;
}

export function describeSummary(t: StatusTally, locale: Locale, scopeLabel: string, year: number): string {
  const m = CATALOGUE[locale];
  if (t.total === 0) return m.summaryNone;
  const b = t.byStatus;
  return m.summary({
    achieved: b.achieved,
    total: t.total,
    onTrack: b['on-track'],
    atRisk: b['at-risk'],
    offTrack: b['off-track'],
    noData: b['no-data'],
    scope: scopeLabel,
    year,
  });
}

function showReceived(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[…${v.length}]`;
  const summary = v as { container?: string; length?: number };
  if (summary.container === 'array') return `[…${summary.length ?? 0}]`;
  return '{…}';
}

/** "ocop.products[12].stars: phải từ 1 đến 5, nhận được 7" */
export function describeProblem(p: Problem, locale: Locale): { path: string; message: string } {
  const m = CATALOGUE[locale];
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p.params)) params[k] = Array.isArray(v) ? v.join(', ') : (v as string | number);
  let message = m.problem[p.code](params);
  if (p.hasReceived && p.code !== 'required') message += `, ${m.received({ value: showReceived(p.received) })}`;
  return { path: formatPath(p.path), message };
}

/** "ocop.products[3].status: trạng thái "new" không khớp với 2 sao (…)" */
export function describeWarning(w: Warning, locale: Locale): { path: string; message: string } {
  return { path: formatPath(w.path), message: DATA_QUALITY_MESSAGES[locale].warning[w.code](w.params) };
}

export function describeLoadError(d: DocumentErrorDetail, locale: Locale): string {
  const m = CATALOGUE[locale].error;
  const f = formatters(locale);
  switch (d.kind) {
    case 'network':
      return m.network;
    case 'timeout':
      return m.timeout({ seconds: d.seconds });
    case 'http':
      return m.http({ status: d.status });
    case 'too-large':
      return m.tooLarge({ size: `${f.number(d.maxBytes / 1024 / 1024, 0)} MB` });
    case 'redirected':
      return m.redirected({ to: d.to });
    case 'empty':
      return m.empty;
    case 'html':
      return m.html;
    case 'truncated':
      return m.truncated;
    case 'syntax':
      return d.line !== undefined ? m.syntax({ line: d.line, column: d.column ?? 0 }) : m.syntaxNoPos;
    case 'invalid':
      return m.invalidCount({ count: d.total });
  }
}

/** The leaders' sentence: per area, how many targets are met, and the area's headline figure against its goal. */
export function describeHeadline(o: Overview, locale: Locale, marked?: ReadonlyMap<string, number>): string {
  const m = CATALOGUE[locale];
  if (o.groups.length === 0) return m.summaryNone;
  const parts = o.groups.map((g) => {
    let text = m.headlineArea({ area: m.area[g.area], achieved: g.tally.byStatus.achieved, total: g.tally.total });
    const lead = g.rows.find((r) => m.headlineFigure[r.evaluation.target.metric] && r.evaluation.result?.kind === 'value');
    const figure = lead && m.headlineFigure[lead.evaluation.target.metric];
    if (lead && figure && lead.evaluation.result?.kind === 'value') {
      const t = lead.evaluation.target;
      text += ` (${figure({ value: formatValue(lead.evaluation.result.value, t.unit, locale), goal: t.comparison === 'atLeast' ? formatValue(t.value, t.unit, locale) : describeGoal(t, locale) })})`;
    }
    return (marked?.get(g.area) ?? 0) > 0 ? `${text}*` : text;
  });
  return parts.join('; ') + '.';
}
