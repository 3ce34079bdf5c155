// The map's legend: the title, each colour class with its bounds and how many regions it holds, and "no data".
import type { Classification } from '../../domain/region-map';
import { CLASS_COLORS } from './map-colors';

interface Props {
  readonly title: string;
  readonly classification: Classification;
  readonly colors: readonly string[];
  /** Bounds of a class in words, e.g. "8–13" or "20–40%". */
  readonly bounds: (lower: number, upper: number) => string;
  readonly regionsText: (count: number) => string;
  readonly noDataText: string;
}

export function MapLegend({ title, classification, colors, bounds, regionsText, noDataText }: Props) {
  return (
    <div className="map-legend" data-testid="map-legend">
      <p className="map-legend__title">{title}</p>
      <ul className="map-legend__list">
        {classification.classes.map((c, i) => (
          <li key={`${c.lower}-${c.upper}`}>
            <span
              className={colors[i] === CLASS_COLORS[0] ? 'map-swatch map-swatch--light' : 'map-swatch'}
              style={{ background: colors[i] }}
              aria-hidden="true"
            />
            <span>
              {bounds(c.lower, c.upper)} <span className="map-legend__count">{regionsText(c.regions)}</span>
            </span>
          </li>
        ))}
        {classification.noData > 0 && (
          <li>
            <span className="map-swatch map-swatch--light map-swatch--no-data" aria-hidden="true" />
            <span>
              {noDataText} <span className="map-legend__count">{regionsText(classification.noData)}</span>
            </span>
          </li>
        )}
      </ul>
    </div>
  );
}
