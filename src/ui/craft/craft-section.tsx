// The craft-village section: totals against the 3★+ goal, the villages with such products, by year, by region, by craft.
import { useId, useMemo } from 'react';
import { withProductByYear } from '../../domain/craft/by-year';
import { craftGoal, craftTotals } from '../../domain/craft/totals';
import { villagesWithProducts } from '../../domain/craft/with-products';
import type { SectionProps } from '../section-props';
import { craftGoalText } from './craft-goal-text';
import { DistrictLinesCharts } from '../districts/district-scorecard';
import { useMerge } from '../../state/view-store';
import { CraftRegionChart } from './craft-region-chart';
import { CraftTypeChart } from './craft-type-chart';
import { CraftVillageList } from './craft-village-list';
import { CraftYearChart } from './craft-year-chart';
import { useCraftText } from './use-craft-text';
import './craft.css';

export default function CraftSection({ index, regionIds, year, scopeLabel }: SectionProps) {
  const { m, f, locale, regionLevelLower } = useCraftText(index);
  const headingId = useId();
  const withProductId = useId();
  const distributionId = useId();
  const filtered = regionIds.length > 0;
  const merge = useMerge();
  const split = regionIds.length > 1 && !merge;
  const totals = useMemo(() => craftTotals(index, regionIds, year), [index, regionIds, year]);
  const goal = useMemo(() => craftGoal(index, year), [index, year]);
  const villages = useMemo(() => villagesWithProducts(index, regionIds, year, f.compare), [index, regionIds, year, f]);
  const rows = useMemo(() => withProductByYear(index, regionIds, year), [index, regionIds, year]);
  const province = useMemo(() => (filtered ? withProductByYear(index, null, year) : undefined), [index, filtered, year]);

  const n = (v: number) => f.number(v, 0);
  const goalText = craftGoalText(goal, m, f, locale);
  const goalNote = !goal ? '' : filtered ? m.provinceGoalNote({ goal: goalText }) : m.goalNote({ goal: goalText });
  const summary = m.summary({
    scope: filtered ? scopeLabel : '',
    recognised: n(totals.recognised),
    traditional: n(totals.traditional),
    withProduct: n(totals.withProduct),
    year,
    goal: goalNote,
  });

  return (
    <section className="section craft" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      <p className="craft-summary" data-testid="craft-summary">
        {summary}
      </p>
      <section aria-labelledby={withProductId} className="craft-group">
        <h3 id={withProductId}>{m.groups.withProduct}</h3>
        <div className="chart-grid">
          {split ? (
            <DistrictLinesCharts index={index} area="craft-villages" regionIds={regionIds} year={year} />
          ) : (
            <CraftYearChart {...{ index, year, scopeLabel, rows, province, goal, goalText }} />
          )}
          <CraftVillageList index={index} year={year} scopeLabel={scopeLabel} villages={villages} />
        </div>
      </section>
      <section aria-labelledby={distributionId} className="craft-group">
        <h3 id={distributionId}>{m.groups.distribution({ level: regionLevelLower })}</h3>
        <div className="chart-grid">
          <CraftRegionChart index={index} regionIds={regionIds} year={year} />
          <CraftTypeChart index={index} regionIds={regionIds} year={year} />
        </div>
      </section>
    </section>
  );
}
