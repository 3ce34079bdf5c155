// Every target, grouped by area (OCOP, NTM, craft villages).
import type { FigureMarks } from '../domain/excluded-figures';
import type { Overview } from '../domain/overview';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { ExcludedMark } from './data-quality-notice';
import { TargetCard } from './target-card';

export function TargetOverview({ overview, scopeLabel, marks }: { overview: Overview; scopeLabel: string; marks?: FigureMarks }) {
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
            <ExcludedMark count={marks?.byArea.get(g.area) ?? 0} />
          </h3>
          <div className="targets__grid" role="list">
            {g.rows.map((r) => (
              <div role="listitem" key={r.evaluation.target.id}>
                <TargetCard
                  row={r}
                  scopeLabel={scopeLabel}
                  year={overview.year}
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
