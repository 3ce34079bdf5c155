// The district map: a measure picker, the regions coloured by class (click or Enter toggles a region), legend, summary, table.
import { useId, useMemo, useState } from 'react';
import { projectRegions } from '../../domain/map-projection';
import { MAP_MEASURES, type MapMeasure } from '../../domain/map-measures';
import { CATALOGUE } from '../../i18n/messages';
import { useLocale, useMeasure, useViewActions } from '../../state/view-store';
import { DataTable } from '../data-table';
import type { SectionProps } from '../section-props';
import { MapBody } from './map-body';
import { useMapModel } from './use-map-model';
import './map.css';

export default function RegionMap({ index, regionIds, year }: SectionProps) {
  const base = CATALOGUE[useLocale()];
  const { setMeasure } = useViewActions();
  const headingId = useId();
  const selectId = useId();
  const summaryId = useId();
  const measure = useMeasure();
  const [asTable, setAsTable] = useState(false);
  const map = useMemo(() => projectRegions(index.doc), [index]);
  const model = useMapModel(index, measure, year, regionIds);
  const { m, levelLower } = model;
  if (!map) return null;

  const measureName = m.measure[measure];
  const missing = map.missing.length === 0 ? undefined : index.doc.regions.filter((r) => map.missing.includes(r.id)).map((r) => r.name);

  return (
    <section className="section map" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading({ level: levelLower })}</h2>
      <div className="map-controls">
        <label htmlFor={selectId} className="map-controls__label">
          {m.measureLabel}
        </label>
        <select id={selectId} className="map-controls__select" value={measure} onChange={(e) => setMeasure(e.target.value as MapMeasure)}>
          {MAP_MEASURES.map((id) => (
            <option key={id} value={id}>
              {m.measure[id]}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? base.showChart : base.showTable}
        </button>
      </div>
      <p id={summaryId} className="map-summary" data-testid="map-summary">
        {model.summary}
      </p>
      {missing && <p className="map-note">{m.missingGeometry({ names: missing.join(', ') })}</p>}
      {asTable ? (
        <DataTable
          caption={m.tableCaption({ measure: measureName, level: levelLower, year })}
          columns={model.columns}
          rows={model.rows}
          rowKey={(r) => r.regionId}
          fileName={`map-${measure}-${year}`}
        />
      ) : (
        <MapBody className="map-body" {...{ map, model, measure, year }} selected={regionIds} describedBy={summaryId} hint={m.hint} />
      )}
    </section>
  );
}
