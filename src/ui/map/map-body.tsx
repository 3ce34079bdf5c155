// The coloured regions and their legend, on the page and on a slide; a click or Enter toggles a region.
import type { MapMeasure } from '../../domain/map-measures';
import type { projectRegions } from '../../domain/map-projection';
import { useViewActions } from '../../state/view-store';
import { MapLegend } from './map-legend';
import { MapSvg } from './map-svg';
import type { useMapModel } from './use-map-model';

interface MapBodyProps {
  className: string;
  map: NonNullable<ReturnType<typeof projectRegions>>;
  model: ReturnType<typeof useMapModel>;
  measure: MapMeasure;
  year: number;
  selected: readonly string[];
  describedBy: string;
  /** Under the map on the page, framed with it; a slide has none. */
  hint?: string;
}

export function MapBody({ className, map, model, measure, year, selected, describedBy, hint }: MapBodyProps) {
  const { toggleRegion } = useViewActions();
  const { m, levelLower } = model;
  const svg = (
    <MapSvg
      map={map}
      paint={model.paint}
      selected={selected}
      label={m.mapLabel({ level: levelLower, measure: m.measure[measure], year })}
      describedBy={describedBy}
      onToggle={toggleRegion}
    />
  );
  return (
    <div className={className}>
      {hint === undefined ? (
        svg
      ) : (
        <div className="map-frame">
          {svg}
          <p className="map-note">{hint}</p>
        </div>
      )}
      <MapLegend
        title={m.legendTitle[measure]({ year })}
        classification={model.classification}
        colors={model.colors}
        bounds={model.bounds}
        regionsText={model.regionsText}
        noDataText={m.noData}
      />
    </div>
  );
}
