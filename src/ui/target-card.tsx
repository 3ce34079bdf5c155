// One target: its label, status, current value against the goal, change since last year, reason and source.
import type { TargetRow } from '../domain/overview';
import { describeChange, describeEvaluation, describeGoal, formatValue } from '../i18n/describe';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { StatusBadge } from './status-badge';
import { ExcludedMark } from './data-quality-notice';

export function TargetCard({
  row,
  scopeLabel,
  year,
  excluded = 0,
}: {
  row: TargetRow;
  scopeLabel: string;
  year: number;
  excluded?: number;
}) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const e = row.evaluation;
  const t = e.target;
  const shown = e.judgedOn === 'province' ? e.selectionResult : e.result;
  const headingId = `target-${t.id}`;
  const partial = e.evaluatedOn.endsWith('-12-31') ? undefined : e.evaluatedOn;
  const change = describeChange(shown, row.previous, row.previousYear, locale, partial);
  return (
    <article className={`target-card target-card--${e.status}`} aria-labelledby={headingId} data-target-id={t.id}>
      <header className="target-card__head">
        <h3 id={headingId}>{(locale === 'en' && t.label.en) || t.label.vi}</h3>
        <StatusBadge status={e.status} />
      </header>
      <dl className="target-card__numbers">
        <div>
          <dt>{e.judgedOn === 'province' ? scopeLabel : m.targetValue}</dt>
          <dd className="target-card__value" data-testid="target-value">
            {shown?.kind === 'value' ? formatValue(shown.value, t.unit, locale) : '—'}
            {excluded > 0 && <span aria-hidden="true">*</span>}
          </dd>
          <dd>
            <ExcludedMark count={excluded} />
          </dd>
        </div>
        <div>
          <dt>{m.targetGoal}</dt>
          <dd className="target-card__goal">{describeGoal(t, locale)}</dd>
        </div>
        <div>
          <dt>{m.targetDeadline}</dt>
          <dd>{f.date(t.deadline)}</dd>
        </div>
      </dl>
      {change && <p className="target-card__change">{change}</p>}
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
