// A chart drawn large on a slide: the section's own chart components fed by the same domain series, loaded with the charts.
import { useMemo } from 'react';
import { withProductByYear } from '../../domain/craft/by-year';
import { craftGoal } from '../../domain/craft/totals';
import { progressByYear } from '../../domain/ntm/progress';
import { ntmTargetLines } from '../../domain/ntm/target-lines';
import { ntmYears } from '../../domain/ntm/years';
import { ocopYearRows, ocopYears } from '../../domain/ocop/by-year';
import { ocopTarget } from '../../domain/ocop/goals';
import { CraftRegionChart } from '../craft/craft-region-chart';
import { craftGoalText } from '../craft/craft-goal-text';
import { CraftYearChart } from '../craft/craft-year-chart';
import { useCraftText } from '../craft/use-craft-text';
import { MapSlide } from './map-slide';
import { ProgressChart } from '../ntm/progress-chart';
import { RegionLevelsChart } from '../ntm/region-levels-chart';
import { RegionStarsChart } from '../ocop/region-stars-chart';
import { ShareByYearChart } from '../ocop/share-by-year-chart';
import { shareSpecs } from '../ocop/share-specs';
import { StarsByYearChart } from '../ocop/stars-by-year-chart';
import { scopeInSentence, useOcopText } from '../ocop/use-ocop-text';
import type { SectionProps } from '../section-props';
import type { ChartSlideId } from './slide-list';
import '../ocop/ocop.css';
import '../ntm/ntm.css';
import '../craft/craft.css';

export default function ChartSlide({ chart, ...props }: SectionProps & { readonly chart: ChartSlideId }) {
  switch (chart) {
    case 'ocop-stars':
    case 'ocop-rated':
      return <OcopYears chart={chart} {...props} />;
    case 'ocop-regions':
      return <RegionStarsChart index={props.index} regionIds={props.regionIds} year={props.year} />;
    case 'ntm-regions':
      return <RegionLevelsChart index={props.index} regionIds={props.regionIds} year={props.year} />;
    case 'ntm-progress':
      return <NtmProgress {...props} />;
    case 'craft-year':
      return <CraftYear {...props} />;
    case 'craft-regions':
      return <CraftRegionChart index={props.index} regionIds={props.regionIds} year={props.year} />;
    case 'map':
      return <MapSlide {...props} />;
  }
}

function OcopYears({ chart, index, regionIds, year, scopeLabel }: SectionProps & { readonly chart: 'ocop-stars' | 'ocop-rated' }) {
  const { m } = useOcopText(index);
  const rows = useMemo(() => ocopYearRows(index, regionIds, ocopYears(index, year)), [index, regionIds, year]);
  const selected = useMemo(
    () => rows.find((r) => r.year === year) ?? ocopYearRows(index, regionIds, [year])[0],
    [index, regionIds, rows, year],
  );
  const scope = scopeInSentence(regionIds, scopeLabel, m.wholeProvinceInSentence);
  const shared = { index, year, scope, rows, selected };
  if (chart === 'ocop-stars') return <StarsByYearChart {...shared} />;
  return <ShareByYearChart {...shared} target={ocopTarget(index, 'ratedShare', year)} spec={shareSpecs(m).rated} />;
}

function NtmProgress({ index, regionIds, year, scopeLabel }: SectionProps) {
  const years = useMemo(() => ntmYears(index, year), [index, year]);
  const rows = useMemo(() => progressByYear(index, regionIds, years), [index, regionIds, years]);
  const province = useMemo(() => progressByYear(index, null, years), [index, years]);
  const lines = useMemo(() => ntmTargetLines(index), [index]);
  return <ProgressChart {...{ index, year, scopeLabel, rows, province }} filtered={regionIds.length > 0} lines={lines.count} />;
}

function CraftYear({ index, regionIds, year, scopeLabel }: SectionProps) {
  const { m, f, locale } = useCraftText(index);
  const filtered = regionIds.length > 0;
  const rows = useMemo(() => withProductByYear(index, regionIds, year), [index, regionIds, year]);
  const province = useMemo(() => (filtered ? withProductByYear(index, null, year) : undefined), [index, filtered, year]);
  const goal = useMemo(() => craftGoal(index, year), [index, year]);
  return <CraftYearChart {...{ index, year, scopeLabel, rows, province, goal }} goalText={craftGoalText(goal, m, f, locale)} />;
}
