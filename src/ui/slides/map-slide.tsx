// The map on a slide: the regions coloured by the measure chosen on the map (kept in the view), its legend and summary.
import { useId, useMemo } from 'react';
import { projectRegions } from '../../domain/map-projection';
import { useMeasure, useViewActions } from '../../state/view-store';
import { MapLegend } from '../map/map-legend';
import { MapSvg } from '../map/map-svg';
import { useMapModel } from '../map/use-map-model';
import type { SectionProps } from '../section-props';
import '../map/map.css';

export function MapSlide({ index, regionIds, year }: SectionProps) {
  const measure = useMeasure();
  const { toggleRegion } = useViewActions();
  const titleId = useId();
  const summaryId = useId();
  const map = useMemo(() => projectRegions(index.doc), [index]);
  const model = useMapModel(index, measure, year, regionIds);
  const { m, levelLower, classification, colors, bounds, regionsText } = model;
  if (!map) return <p>{model.summary}</p>;
  const measureName = m.measure[measure];
  return (
    <figure className="chart-figure map-slide" aria-labelledby={titleId} data-testid="map-slide">
      <div className="chart-figure__head">
        <h4 id={titleId}>{m.mapLabel({ level: levelLower, measure: measureName, year })}</h4>
      </div>
      <p id={summaryId} className="chart-figure__summary">
        {model.summary}
      </p>
      <div className="map-body map-slide__body">
        <MapSvg
          map={map}
          paint={model.paint}
          selected={regionIds}
          label={m.mapLabel({ level: levelLower, measure: measureName, year })}
          describedBy={summaryId}
          onToggle={toggleRegion}
        />
        <MapLegend {...{ classification, colors, bounds, regionsText }} title={m.legendTitle[measure]({ year })} noDataText={m.noData} />
      </div>
    </figure>
  );
}
