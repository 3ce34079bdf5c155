// Puts domain results into words: a target's value, goal and reason; a document problem; a load error.
import type { DocumentErrorDetail } from '../data/document-error';
import type { Problem, Warning } from '../data/document-problems';
import { formatPath } from '../data/problem';
import type { Target, Unit } from '../contract/schema';
import type { WorkbookReadProblem } from '../data/workbook/read-xlsx';
import type { MetricResult } from '../domain/metrics';
import type { Overview, TargetGroup, TargetRow } from '../domain/overview';
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

/** The figure a target card shows: the selection's own value, or the province's for a province count under a filter. */
export function shownResult(e: TargetEvaluation): MetricResult | undefined {
  return e.judgedOn === 'province' ? (e.selectionResult ?? e.result) : e.result;
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

/**
 * The change against last year, on the basis the domain chose: since the end of last year; against last year
 * to the same date (a flow in a year not over); or last year's whole figure, labelled, with no difference
 * computed (a whole year against part of one would mislead).
 */
/**
 * The change since last year of the figure the card shows. Under a filter a province count shows the
 * selection's part beside the province total, so the change, which is the part's, names whose it is.
 */
export function describeChange(row: TargetRow, locale: Locale, scopeLabel?: string): string | undefined {
  const text = changeText(row, locale);
  const ofPart = row.evaluation.judgedOn === 'province' && row.evaluation.selectionResult !== undefined;
  return text && ofPart && scopeLabel ? `${scopeLabel} — ${text.charAt(0).toLocaleLowerCase(locale) + text.slice(1)}` : text;
}

function changeText(row: TargetRow, locale: Locale): string | undefined {
  const current = shownResult(row.evaluation);
  const previous = row.previous;
  if (current?.kind !== 'value' || previous?.kind !== 'value') return undefined;
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const unit = row.evaluation.target.unit;
  if (row.previousBasis === 'whole-year') {
    return m.wholeYearBefore({
      year: row.previousYear,
      value: formatValue(previous.value, unit, locale),
      current: row.previousYear + 1,
      date: f.date(row.evaluation.evaluatedOn),
    });
  }
  const delta = current.value - previous.value;
  if (Math.abs(delta) < 1e-9) return m.noChange;
  const unitText = current.unit === 'percent' ? (locale === 'vi' ? ' điểm %' : ' pts') : '';
  const params = {
    sign: delta > 0 ? '+' : '−',
    delta: f.number(Math.abs(delta), 1) + unitText,
    year: row.previousYear,
    value: formatValue(previous.value, unit, locale),
    date: f.date(row.previousUntil),
  };
  return row.previousBasis === 'same-date' ? m.changeSameDate(params) : m.changeSince(params);
}

function tallyParams(t: StatusTally) {
  const b = t.byStatus;
  return {
    achieved: b.achieved,
    total: t.total,
    onTrack: b['on-track'],
    atRisk: b['at-risk'],
    offTrack: b['off-track'],
    noData: b['no-data'],
  };
}

/**
 * The counts line, saying whose targets it counts: the view's own statuses (the province's targets, or under a
 * filter the shares judged on the selection and its districts' own targets); then the province counts judged
 * on the whole province, and the districts' own targets kept apart in the province view.
 */
export function describeSummary(o: Overview, locale: Locale, label: string): string {
  const m = CATALOGUE[locale];
  const scopeLabel = inSentence(label, locale);
  const f = formatters(locale);
  const parts: string[] = [];
  const when = o.yearComplete ? String(o.year) : `${o.year}, ${m.whenUntil({ date: f.date(o.evaluatedOn) })}`;
  if (o.tally.total > 0) parts.push(m.summary({ ...tallyParams(o.tally), scope: scopeLabel, year: when }));
  if (o.filtered && o.provinceTally.total > 0) {
    parts.push(m.summaryProvinceOwned({ ...tallyParams(o.provinceTally), count: o.provinceTally.total, scope: scopeLabel }));
  }
  if (!o.filtered) {
    const apart = o.groups.filter((g) => g.owner === 'regions');
    const count = apart.reduce((n, g) => n + g.tally.total, 0);
    const achieved = apart.reduce((n, g) => n + g.tally.byStatus.achieved, 0);
    if (count > 0) parts.push(m.summaryRegionTargets({ count, achieved }));
  }
  return parts.length > 0 ? parts.join(' ') : m.summaryNone;
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
  const rule = m.problem[p.code];
  let message = typeof rule === 'string' ? rule : rule(params);
  if (p.hasReceived && p.code !== 'required') message += `, ${m.received({ value: showReceived(p.received) })}`;
  return { path: formatPath(p.path), message };
}

/** "ocop.products[3].status: trạng thái "new" không khớp với 2 sao (…)" */
export function describeWarning(w: Warning, locale: Locale): { path: string; message: string } {
  return { path: formatPath(w.path), message: DATA_QUALITY_MESSAGES[locale].warning[w.code](w.params) };
}

const WORKBOOK_WORDS = {
  vi: {
    'not-xlsx': 'tệp không phải bảng tính .xlsx (trong Excel: Lưu thành › Sổ làm việc Excel (.xlsx))',
    damaged: 'bảng tính bị hỏng hoặc chưa lưu xong',
    browser: 'trình duyệt này chưa đọc được bảng tính (hãy dùng trình duyệt mới hơn, hoặc lệnh npm run import)',
    unreadable: (reason: string) => `Không đọc được tệp như một bảng tính Excel (.xlsx): ${reason}.`,
    count: (n: number) => `Bảng tính có ${n} lỗi; chưa xem trước được. Sửa các ô dưới đây rồi mở lại tệp.`,
  },
  en: {
    'not-xlsx': 'the file is not an .xlsx workbook (in Excel: Save As › Excel Workbook (.xlsx))',
    damaged: 'the workbook is damaged or was not saved completely',
    browser: 'this browser cannot read workbooks (use a newer one, or the npm run import command)',
    unreadable: (reason: string) => `Could not read the file as an Excel (.xlsx) workbook: ${reason}.`,
    count: (n: number) => `The workbook has ${n} problem(s); nothing to preview yet. Fix these cells and open the file again.`,
  },
} as const;

/** Why a file could not be read as a workbook (the import command's words too). */
export const describeReadProblem = (problem: WorkbookReadProblem, locale: Locale): string => WORKBOOK_WORDS[locale][problem];

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
      return d.to ? m.redirected({ to: d.to }) : m.redirectedHidden;
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
    case 'workbook':
      return WORKBOOK_WORDS[locale].count(d.total);
    case 'unreadable':
      return WORKBOOK_WORDS[locale].unreadable(describeReadProblem(d.problem, locale));
  }
}

/** "2/3 đạt" for a group, with the province counts it also shows ("2/3 đạt; 2 mục tiêu của tỉnh"). */
export function describeGroupTally(g: TargetGroup, locale: Locale): string {
  const m = CATALOGUE[locale];
  const parts: string[] = [];
  if (g.tally.total > 0) parts.push(`${g.tally.byStatus.achieved}/${g.tally.total} ${m.status.achieved.toLowerCase()}`);
  if (g.provinceRows > 0) parts.push(m.groupProvinceRows({ count: g.provinceRows }));
  return parts.join('; ');
}

/**
 * The leaders' sentence: per area, how many of the view's own targets are met, and the area's headline figure
 * against its goal. Districts' own targets in the province view, and province counts judged on the whole
 * province under a filter, are not counted as the view's.
 */
export function describeHeadline(o: Overview, locale: Locale, marked?: ReadonlyMap<string, number>): string {
  const m = CATALOGUE[locale];
  const groups = o.groups.filter((g) => g.owner === 'province' || o.filtered);
  const areas = [...new Set(groups.map((g) => g.area))];
  if (areas.length === 0) return m.summaryNone;
  const parts = areas.map((area) => {
    const inArea = groups.filter((g) => g.area === area);
    const achieved = inArea.reduce((n, g) => n + g.tally.byStatus.achieved, 0);
    const total = inArea.reduce((n, g) => n + g.tally.total, 0);
    const provinceRows = inArea.reduce((n, g) => n + g.provinceRows, 0);
    let text = total > 0 ? m.headlineArea({ area: m.area[area], achieved, total }) : `${m.area[area]}:`;
    const rows = inArea.flatMap((g) => g.rows).filter((r) => r.ownStatus);
    const lead = rows.find((r) => m.headlineFigure[r.evaluation.target.metric] && r.evaluation.result?.kind === 'value');
    const figure = lead && m.headlineFigure[lead.evaluation.target.metric];
    if (lead && figure && lead.evaluation.result?.kind === 'value') {
      const t = lead.evaluation.target;
      text += ` (${figure({ value: formatValue(lead.evaluation.result.value, t.unit, locale), goal: t.comparison === 'atLeast' ? formatValue(t.value, t.unit, locale) : describeGoal(t, locale) })})`;
    }
    if (provinceRows > 0) text += ` ${m.headlineProvinceRows({ count: provinceRows, own: total > 0 ? 1 : 0 })}`;
    return (marked?.get(area) ?? 0) > 0 ? `${text}*` : text;
  });
  return parts.join('; ') + '.';
}
