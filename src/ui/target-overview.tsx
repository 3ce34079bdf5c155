// Every target, grouped by area (OCOP, NTM, craft villages).
import type { Overview } from '../domain/overview';
import type { TrendPoint } from '../domain/target-glance';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { TargetCard } from './target-card';

export function TargetOverview({
  overview,
  scopeLabel,
  trends,
}: {
  overview: Overview;
  scopeLabel: string;
  trends?: ReadonlyMap<string, readonly TrendPoint[]>;
}) {
  const m = CATALOGUE[useLocale()];
  return (
    <section className="targets" aria-labelledby="targets-title">
      <h2 id="targets-title">{m.targetsHeading}</h2>
      {overview.groups.map((g) => (
        <section key={g.area} className="targets__group" aria-labelledby={`area-${g.area}`}>
          <h3 id={`area-${g.area}`} className="targets__area">
            {m.area[g.area]}{' '}
            <span className="targets__tally">
              ({g.tally.byStatus.achieved}/{g.tally.total} {m.status.achieved.toLowerCase()})
            </span>
          </h3>
          <div className="targets__grid" role="list">
            {g.rows.map((r) => (
              <div role="listitem" key={r.evaluation.target.id}>
                <TargetCard row={r} scopeLabel={scopeLabel} year={overview.year} trend={trends?.get(r.evaluation.target.id)} />
              </div>
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
