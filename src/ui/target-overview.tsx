// Every target, grouped by area (OCOP, NTM, craft villages).
import type { FigureMarks } from '../domain/excluded-figures';
import type { Overview } from '../domain/overview';
import type { TrendPoint } from '../domain/target-glance';
import { describeGroupTally } from '../i18n/describe';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { ExcludedMark } from './excluded-mark';
import { TargetCard } from './target-card';

export function TargetOverview({
  overview,
  scopeLabel,
  regionNames,
  trends,
  marks,
}: {
  overview: Overview;
  scopeLabel: string;
  regionNames: (ids: readonly string[]) => string;
  trends?: ReadonlyMap<string, readonly TrendPoint[]>;
  marks?: FigureMarks;
}) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const apart = !overview.filtered && overview.groups.some((g) => g.owner === 'regions');
  return (
    <section className="targets" aria-labelledby="targets-title">
      <h2 id="targets-title">{m.targetsHeading}</h2>
      {overview.groups.map((g, i) => (
        <section key={`${g.owner}-${g.area}`} className="targets__group" aria-labelledby={`area-${g.owner}-${g.area}`}>
          {apart && g.owner === 'regions' && overview.groups[i - 1]?.owner !== 'regions' && (
            <h3 className="targets__apart">{m.regionTargetsHeading}</h3>
          )}
          <h3 id={`area-${g.owner}-${g.area}`} className="targets__area">
            {g.owner === 'regions' ? `${m.area[g.area]} · ${m.regionGroup}` : m.area[g.area]}{' '}
            <span className="targets__tally">({describeGroupTally(g, locale)})</span>
            {g.owner === 'province' && <ExcludedMark count={marks?.byArea.get(g.area) ?? 0} />}
          </h3>
          <div className="targets__grid" role="list">
            {g.rows.map((r) => (
              <div role="listitem" key={r.evaluation.target.id}>
                <TargetCard
                  row={r}
                  scopeLabel={scopeLabel}
                  year={overview.year}
                  regionNames={regionNames}
                  trend={trends?.get(r.evaluation.target.id)}
                  excluded={marks?.byTarget.get(r.evaluation.target.id) ?? 0}
                />
              </div>
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
