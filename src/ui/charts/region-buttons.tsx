// A button per region drawn in a chart, to filter the page by it: the keyboard's way to what a bar click does.
import { useViewActions } from '../../state/view-store';

interface Region {
  readonly regionId: string;
  readonly name: string;
}

interface Props<R extends Region> {
  readonly regions: readonly R[];
  readonly selected: readonly string[];
  /** The group's accessible name ("Lọc theo huyện"). */
  readonly label: string;
  /** The button's text, the region's name unless given. */
  readonly text?: (r: R) => string;
  /** The button's accessible name, when it says more than its text. */
  readonly name?: (r: R) => string;
}

export function RegionButtons<R extends Region>({ regions, selected, label, text, name }: Props<R>) {
  const { setRegions } = useViewActions();
  const chosen = new Set(selected);
  return (
    <div className="chart-region-buttons" role="group" aria-label={label}>
      {regions.map((r) => (
        <button
          key={r.regionId}
          type="button"
          className="button button--small"
          aria-pressed={chosen.has(r.regionId)}
          aria-label={name?.(r)}
          onClick={() => setRegions([r.regionId])}
        >
          {text ? text(r) : r.name}
        </button>
      ))}
    </div>
  );
}
