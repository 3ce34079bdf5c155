// Puts the glance into words: a target's short name, its value against the goal, and the headline naming what is behind.
import type { Target } from '../contract/targets';
import type { TargetEvaluation } from '../domain/target-status';
import type { TrendPoint } from '../domain/target-glance';
import { metricOf } from '../domain/metrics';
import { shortRegionName } from '../domain/short-region-name';
import { BEHIND, behindFirst } from '../domain/target-glance';
import { formatValue } from './describe-target';
import { formatters, type Locale } from './format';
import { GLANCE_MESSAGES } from './messages-glance';

export function shortName(t: Target, locale: Locale): string {
  const metric = metricOf(t);
  return metric ? GLANCE_MESSAGES[locale].shortName[metric] : (locale === 'en' && t.label.en) || t.label.vi;
}

/** A region's name by id (the document's regions). */
export type RegionName = (id: string) => string;

/**
 * A target's name in the one-line list of every target: a district's own target says whose it is
 * ("Xã NTM nâng cao ở Vũ Thư"), so it is never read as the province's target of the same kind.
 */
export function glanceName(t: Target, locale: Locale, regionName: RegionName): string {
  const name = shortName(t, locale);
  if (!t.regionIds || t.regionIds.length === 0) return name;
  const regions = formatters(locale).list(t.regionIds.map((id) => shortRegionName(regionName(id))));
  return GLANCE_MESSAGES[locale].ofRegions({ name, regions });
}

/** ">80%", "60–70", "1" */
export function describeGoalShort(t: Target, locale: Locale): string {
  const g = GLANCE_MESSAGES[locale].goalShort;
  const value = formatValue(t.value, t.unit, locale);
  if (t.comparison === 'between') return g.between({ value, max: formatValue(t.valueMax ?? t.value, t.unit, locale) });
  return g[t.comparison]({ value });
}

/** The value the status was judged on, against the goal: "0/1", "75%/>80%", "—/50%". */
export function describeValueOfGoal(e: TargetEvaluation, locale: Locale): string {
  const m = GLANCE_MESSAGES[locale];
  const value = e.result?.kind === 'value' ? formatValue(e.result.value, e.target.unit, locale) : '—';
  return m.valueOfGoal({ value, goal: describeGoalShort(e.target, locale) });
}

/** "Xã NTM" → "xã NTM" mid-sentence; names and acronyms ("OCOP", "5★") stay as they are. */
const lowerFirst = (s: string, locale: Locale) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase(locale) + s.slice(1) : s);

/** "Chưa đạt: 5 sao (0/1), duy trì hoặc nâng hạng (41,2%/50%). Có nguy cơ không đạt: …" — or that nothing is behind. */
export function describeBehind(evaluations: readonly TargetEvaluation[], locale: Locale, regionName: RegionName): string {
  const m = GLANCE_MESSAGES[locale];
  const list = formatters(locale).list;
  const behind = behindFirst(evaluations.map((evaluation) => ({ evaluation })))
    .map((r) => r.evaluation)
    .filter((e) => BEHIND.has(e.status));
  if (behind.length === 0) return m.nothingBehind;
  const groups = [...new Set(behind.map((e) => e.status))].map((status) => {
    const items = behind
      .filter((e) => e.status === status)
      .map((e) => {
        const whose = e.judgedOn === 'province' ? `, ${m.provinceValue}` : '';
        return `${lowerFirst(glanceName(e.target, locale, regionName), locale)} (${describeValueOfGoal(e, locale)}${whose})`;
      });
    return m.behindGroup[status === 'off-track' ? 'off-track' : 'at-risk']({ items: list(items) });
  });
  return groups.join('. ') + '.';
}

/** The last year's caption: the year, or "đến 30/06/2025" when a flow's year is not over. */
export function trendEnd(points: readonly TrendPoint[], evaluatedOn: string, locale: Locale): string {
  const last = points.at(-1);
  if (!last) return '';
  return last.partial ? GLANCE_MESSAGES[locale].partialEnd({ date: formatters(locale).date(evaluatedOn) }) : String(last.year);
}

/** The sparkline's words: "Diễn biến 2022–2025: 2022: 0; 2023: 1; …; mục tiêu 4." */
export function describeTrend(points: readonly TrendPoint[], t: Target, locale: Locale, evaluatedOn: string): string {
  const m = GLANCE_MESSAGES[locale];
  const values = points
    .map(
      (p) =>
        `${p.partial ? trendEnd(points, evaluatedOn, locale) : p.year}: ${p.value === null ? '—' : formatValue(p.value, t.unit, locale)}`,
    )
    .join('; ');
  return m.trend({ from: points[0]?.year ?? 0, to: points.at(-1)?.year ?? 0, values, goal: describeGoalShort(t, locale) });
}
