// One target: its label, status, current value against the goal, change since last year, reason and source.
// Where its figures come from: `row.evaluation` is judged in domain/target-status.ts (the goal for the date, the
// status and its reason) on the value the metric's `compute` returns in domain/metrics-ocop.ts, metrics-ntm.ts or
// metrics-craft.ts (one entry per metric id); this file only words and draws them.
import { useId } from 'react';
import type { TargetRow } from '../domain/overview';
import { describeChange } from '../i18n/describe-change';
import { describeEvaluation, describeGoal, formatValue } from '../i18n/describe-target';
import { shownResult } from '../domain/change-since-last-year';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { StatusBadge } from './status-badge';
import type { TrendPoint } from '../domain/target-glance';
import { describeTrend, trendEnd } from '../i18n/describe-glance';
import { BulletBar } from './bullet-bar';
import { Sparkline } from './sparkline';
import { cardId } from './status-strip';
import { ExcludedMark } from './excluded-mark';

export function TargetCard({
  row,
  scopeLabel,
  year,
  regionNames,
  trend,
  excluded = 0,
}: {
  row: TargetRow;
  scopeLabel: string;
  year: number;
  regionNames: (ids: readonly string[]) => string;
  /** The metric over the years up to `year`; the card then shows it as a small trend. */
  trend?: readonly TrendPoint[];
  excluded?: number;
}) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const e = row.evaluation;
  const t = e.target;
  // Unique per card: the same target may show twice (a slide and the presenter's preview of it).
  const headingId = `target-${t.id}-${useId().replace(/:/g, '')}`;
  const change = describeChange(row, locale, scopeLabel);
  const value = (r: typeof e.result) => (r?.kind === 'value' ? formatValue(r.value, t.unit, locale) : '—');
  // Whose target and whose figure: a province target judged on the whole province under a filter is marked
  // as the province's, with the selection's contribution beside it, never a district figure beside a
  // province status unmarked.
  const owner =
    e.judgedOn === 'province' ? m.provinceTarget : t.regionIds ? m.regionTarget({ regions: regionNames(t.regionIds) }) : undefined;
  return (
    <article
      className={`target-card target-card--${e.status}`}
      aria-labelledby={headingId}
      data-target-id={t.id}
      data-judged-on={e.judgedOn}
      id={cardId(t.id)}
      tabIndex={-1}
    >
      <header className="target-card__head">
        <h3 id={headingId}>{(locale === 'en' && t.label.en) || t.label.vi}</h3>
        <StatusBadge status={e.status} />
      </header>
      {owner && (
        <p className="target-card__owner" data-testid="target-owner">
          {owner}
        </p>
      )}
      <dl className="target-card__numbers">
        <div>
          <dt>{e.judgedOn === 'province' ? m.wholeProvince : m.targetValue}</dt>
          <dd className="target-card__value" data-testid="target-value">
            {value(e.result)}
            {excluded > 0 && <span aria-hidden="true">*</span>}
          </dd>
          <dd>
            <ExcludedMark count={excluded} />
          </dd>
        </div>
        {e.judgedOn === 'province' && e.selectionResult && (
          <div>
            <dt>{m.contribution({ scope: scopeLabel })}</dt>
            <dd className="target-card__contribution" data-testid="target-contribution">
              {value(shownResult(e))}
            </dd>
          </div>
        )}
        <div>
          <dt>{m.targetGoal}</dt>
          <dd className="target-card__goal">{describeGoal(t, locale)}</dd>
        </div>
        <div>
          <dt>{m.targetDeadline}</dt>
          <dd>{f.date(t.deadline)}</dd>
        </div>
      </dl>
      <div className="target-card__glance">
        <BulletBar evaluation={e} />
        {trend && trend.length > 1 && (
          <Sparkline
            points={trend}
            target={t}
            label={describeTrend(trend, t, locale, e.evaluatedOn)}
            endLabel={trendEnd(trend, e.evaluatedOn, locale)}
          />
        )}
      </div>
      {change && <p className={`target-card__change${e.judgedOn === 'province' ? ' target-card__change--part' : ''}`}>{change}</p>}
      <p className="target-card__reason" data-testid="target-reason">
        {describeEvaluation(e, locale, scopeLabel, year)}
      </p>
      <p className="target-card__source">
        {m.targetSource}: {t.source.name}
        {t.source.date && ` (${f.date(t.source.date)})`}
        {t.baseline && ` · ${m.targetBaseline({ value: formatValue(t.baseline.value, t.unit, locale), date: f.date(t.baseline.date) })}`}
      </p>
    </article>
  );
}
