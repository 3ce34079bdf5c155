// The ten latest recognitions of communes in the selected regions, newest first, visible without searching.
import { memo, useId, useMemo } from 'react';
import { PrintRowsNote } from '../print-rows-note';
import { recentRecognitions } from '../../domain/ntm/recent';
import type { SectionProps } from '../section-props';
import { LevelLabel } from './level-label';
import { useNtmText } from './use-ntm-text';

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const RecentRecognitions = memo(function RecentRecognitions({ index, regionIds, year, scopeLabel }: SectionProps) {
  const { m, f } = useNtmText(index);
  const headingId = useId();
  const items = useMemo(() => recentRecognitions(index, regionIds, year, f.compare), [index, regionIds, year, f]);
  return (
    <section className="ntm-recent" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.recentHeading}</h3>
      {items.length === 0 ? (
        <p>{m.recentEmpty({ year, scope: scopeLabel })}</p>
      ) : (
        <>
          <p className="chart-note">{m.recentIntro({ count: items.length, year, scope: scopeLabel })}</p>
          <PrintRowsNote total={items.length} />
          <ol className="ntm-recent__list">
            {items.map((r) => (
              <li key={`${r.code}-${r.year}`} className="ntm-recent__item">
                <span className="ntm-recent__year">{r.year}</span> <span className="ntm-recent__name">{r.name}</span>{' '}
                <span className="ntm-recent__region">({r.regionName})</span> <LevelLabel level={r.level} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
});
