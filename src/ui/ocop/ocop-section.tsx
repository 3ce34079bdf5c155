// The OCOP section: products by stars over the years, goals, districts compared, groups and subjects, and the product list.
import { useId, useMemo } from 'react';
import { ocopYearRows, ocopYears, type OcopYearRow } from '../../domain/ocop/by-year';
import { ocopTarget } from '../../domain/ocop/goals';
import { ocopMix } from '../../domain/ocop/mix';
import type { SectionProps } from '../section-props';
import { DistrictLinesCharts } from '../districts/district-scorecard';
import { useMerge } from '../../state/view-store';
import { FiveStarChart } from './five-star-chart';
import { GroupChart } from './group-chart';
import { ModernChannelChart } from './modern-channel-chart';
import { ProductTable } from './product-table';
import { RegionStarsChart } from './region-stars-chart';
import { ShareByYearChart } from './share-by-year-chart';
import { shareSpecs } from './share-specs';
import { StarsByYearChart } from './stars-by-year-chart';
import { SubjectTypeChart } from './subject-type-chart';
import { scopeInSentence, useOcopText } from './use-ocop-text';
import './ocop.css';

export default function OcopSection({ index, regionIds, year, scopeLabel }: SectionProps) {
  const { m, regionLevelLower } = useOcopText(index);
  const headingId = useId();
  const yearsId = useId();
  const regionsId = useId();
  const mixId = useId();
  const scope = scopeInSentence(regionIds, scopeLabel, m.wholeProvinceInSentence);
  const years = useMemo(() => ocopYears(index, year), [index, year]);
  const rows = useMemo(() => ocopYearRows(index, regionIds, years), [index, regionIds, years]);
  const province = useMemo(() => ocopYearRows(index, null, years), [index, years]);
  // The selected year's numbers: from the chart rows, or counted on their own for a year before the charts start.
  const selected = useMemo(() => yearRow(index, regionIds, rows, year), [index, regionIds, rows, year]);
  const selectedProvince = useMemo(() => yearRow(index, null, province, year), [index, province, year]);
  const mix = useMemo(() => ocopMix(index, regionIds, year), [index, regionIds, year]);
  const targets = useMemo(
    () => ({
      rated: ocopTarget(index, 'ratedShare', year),
      five: ocopTarget(index, 'fiveStar', year),
      maintained: ocopTarget(index, 'maintainedShare', year),
      modern: ocopTarget(index, 'modernShare', year),
    }),
    [index, year],
  );
  const specs = useMemo(() => shareSpecs(m), [m]);
  const shared = { index, year, scope };
  // Several districts, not added together: one line per district instead of the selection's sum.
  const merge = useMerge();
  const split = regionIds.length > 1 && !merge;

  return (
    <section className="section ocop" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      <section aria-labelledby={yearsId}>
        <h3 id={yearsId}>{m.years.heading}</h3>
        <div className="chart-grid">
          {split ? (
            <DistrictLinesCharts index={index} area="ocop" regionIds={regionIds} year={year} />
          ) : (
            <>
              <StarsByYearChart {...shared} rows={rows} selected={selected} />
              <ShareByYearChart {...shared} rows={rows} selected={selected} target={targets.rated} spec={specs.rated} />
              <FiveStarChart
                {...shared}
                filtered={regionIds.length > 0}
                rows={rows}
                province={province}
                selected={selected}
                selectedProvince={selectedProvince}
                target={targets.five}
              />
              <ShareByYearChart {...shared} rows={rows} selected={selected} target={targets.maintained} spec={specs.maintained} />
            </>
          )}
        </div>
      </section>
      <section aria-labelledby={regionsId}>
        <h3 id={regionsId}>{m.regions.heading({ level: regionLevelLower })}</h3>
        <RegionStarsChart index={index} regionIds={regionIds} year={year} />
      </section>
      <section aria-labelledby={mixId}>
        <h3 id={mixId}>{m.mix.heading}</h3>
        <div className="chart-grid">
          <GroupChart {...shared} groups={mix.groups} />
          <SubjectTypeChart {...shared} mix={mix} />
          <ModernChannelChart {...shared} mix={mix} target={targets.modern} />
        </div>
      </section>
      <ProductTable index={index} regionIds={regionIds} scopeLabel={scopeLabel} />
    </section>
  );
}

function yearRow(index: SectionProps['index'], regionIds: readonly string[] | null, rows: readonly OcopYearRow[], year: number) {
  return rows.find((r) => r.year === year) ?? ocopYearRows(index, regionIds, [year])[0];
}
