// The counts line, a group's tally and the leaders' headline: how the view's targets stand, in words.
import type { Overview, TargetGroup } from '../domain/overview';
import type { StatusTally } from '../domain/target-status';
import { describeGoal, formatValue, inSentence } from './describe-target';
import { formatters, type Locale } from './format';
import { CATALOGUE } from './messages';

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
