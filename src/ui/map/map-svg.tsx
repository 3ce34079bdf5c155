// The map drawing: one focusable, toggleable shape per region, outlines for the selection and focus, and text labels.
import { useId, useState, type KeyboardEvent } from 'react';
import type { ProjectedMap } from '../../domain/map-projection';
import { CLASS_COLORS, HATCH_COLOR } from './map-colors';

/** Above this many regions the names are left off (they would overlap); the table and aria-labels still name them. */
const MAX_LABELS = 40;

export interface RegionPaint {
  /** Fill colour, or null for "no data" (hatched). */
  readonly fill: string | null;
  /** Accessible name with the value, e.g. "Huyện Tiền Hải: 36 sản phẩm OCOP". */
  readonly label: string;
  /** Short name and value for the text label on the map. */
  readonly shortName: string;
  readonly valueText: string;
}

interface Props {
  readonly map: ProjectedMap;
  readonly paint: ReadonlyMap<string, RegionPaint>;
  readonly selected: readonly string[];
  readonly label: string;
  /** Id of the one-line summary, read after the label. */
  readonly describedBy?: string;
  readonly onToggle: (id: string) => void;
}

export function MapSvg({ map, paint, selected, label, describedBy, onToggle }: Props) {
  const hatchId = `map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [focused, setFocused] = useState<string | null>(null);
  const chosen = new Set(selected);
  const byId = new Map(map.regions.map((r) => [r.id, r]));
  const onKeyDown = (id: string) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onToggle(id);
  };
  const outline = (id: string, kind: 'selected' | 'focus') => {
    const region = byId.get(id);
    if (!region) return null;
    return (
      <g key={`${kind}-${id}`} className={`map-outline map-outline--${kind}`} aria-hidden="true">
        <path d={region.path} className="map-outline__halo" />
        <path d={region.path} className="map-outline__line" />
      </g>
    );
  };

  return (
    <svg
      className="map-svg"
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="region-map-svg"
    >
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
          <rect width="7" height="7" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="7" stroke={HATCH_COLOR} strokeWidth="2.5" />
        </pattern>
      </defs>
      {map.regions.map((r) => {
        const p = paint.get(r.id);
        const fill = p?.fill ?? null;
        const light = fill === null || fill === CLASS_COLORS[0];
        return (
          <g
            key={r.id}
            className="map-region"
            role="button"
            tabIndex={0}
            aria-pressed={chosen.has(r.id)}
            aria-label={p?.label ?? r.name}
            data-region-id={r.id}
            onClick={() => onToggle(r.id)}
            onKeyDown={onKeyDown(r.id)}
            onFocus={() => setFocused(r.id)}
            onBlur={() => setFocused((f) => (f === r.id ? null : f))}
          >
            <title>{p?.label ?? r.name}</title>
            <path
              d={r.path}
              fill={fill ?? `url(#${hatchId})`}
              fillRule="evenodd"
              className={light ? 'map-area map-area--light' : 'map-area'}
            />
          </g>
        );
      })}
      {selected.map((id) => outline(id, 'selected'))}
      {focused && outline(focused, 'focus')}
      {map.regions.length <= MAX_LABELS && (
        <g className="map-labels" aria-hidden="true">
          {map.regions.map((r) => {
            const p = paint.get(r.id);
            return (
              <text key={r.id} x={r.label.x} y={r.label.y} textAnchor="middle" className="map-label">
                <tspan x={r.label.x} dy="-0.2em">
                  {p?.shortName ?? r.name}
                </tspan>
                <tspan x={r.label.x} dy="1.2em" className="map-label__value">
                  {p?.valueText ?? ''}
                </tspan>
              </text>
            );
          })}
        </g>
      )}
    </svg>
  );
}
