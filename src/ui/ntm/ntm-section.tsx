// The NTM (new rural areas) section: levels by region, certifications and progress by year, recent recognitions, communes.
import { useDeferredValue, useId, useMemo } from 'react';
import { progressByYear } from '../../domain/ntm/progress';
import { ntmTargetLines } from '../../domain/ntm/target-lines';
import { ntmYears } from '../../domain/ntm/years';
import type { SectionProps } from '../section-props';
import { DistrictLinesCharts } from '../districts/district-scorecard';
import { useMerge } from '../../state/view-store';
import { CertificationsChart } from './certifications-chart';
import { CommuneTable } from './commune-table';
import { ProgressChart } from './progress-chart';
import { RecentRecognitions } from './recent-recognitions';
import { RegionLevelsChart } from './region-levels-chart';
import { ShareChart } from './share-chart';
import { useNtmText } from './use-ntm-text';
import './ntm.css';

export default function NtmSection(props: SectionProps) {
  const { index } = props;
  // The charts redraw in a deferred, interruptible render: a filter change paints at once, the charts follow.
  const regionIds = useDeferredValue(props.regionIds);
  const year = useDeferredValue(props.year);
  const { m, regionLevelLower } = useNtmText(index);
  // Mid-sentence, the whole province reads "toàn tỉnh".
  const scopeLabel = useDeferredValue(props.regionIds.length === 0 ? m.wholeProvinceInSentence : props.scopeLabel);
  const headingId = useId();
  const byRegionId = useId();
  const byYearId = useId();
  const years = useMemo(() => ntmYears(index, year), [index, year]);
  const lines = useMemo(() => ntmTargetLines(index), [index]);
  const rows = useMemo(() => progressByYear(index, regionIds, years), [index, regionIds, years]);
  const province = useMemo(() => progressByYear(index, null, years), [index, years]);
  const filtered = regionIds.length > 0;
  const merge = useMerge();
  const split = regionIds.length > 1 && !merge;
  const scope = { index, regionIds, year, scopeLabel };

  return (
    <section className="section ntm" aria-labelledby={headingId} aria-busy={regionIds !== props.regionIds || year !== props.year}>
      <h2 id={headingId}>{m.heading}</h2>
      <section aria-labelledby={byRegionId}>
        <h3 id={byRegionId}>{m.byRegionHeading({ level: regionLevelLower })}</h3>
        <RegionLevelsChart index={index} regionIds={regionIds} year={year} />
      </section>
      <section aria-labelledby={byYearId}>
        <h3 id={byYearId}>{m.yearsHeading}</h3>
        <div className="chart-grid">
          {split && <DistrictLinesCharts index={index} area="ntm" regionIds={regionIds} year={year} />}
          {!split && <CertificationsChart {...scope} years={years} />}
          {!split && <ProgressChart {...{ index, year, scopeLabel, filtered, rows, province }} lines={lines.count} />}
          {!split && lines.share.length > 0 && (
            <ShareChart index={index} year={year} scopeLabel={scopeLabel} rows={rows} lines={lines.share} />
          )}
        </div>
      </section>
      <div className="ntm-lists">
        <RecentRecognitions {...scope} />
        <CommuneTable {...scope} />
      </div>
    </section>
  );
}
