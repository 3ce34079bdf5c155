// Below a chart of regions: what the chart left out (when it summed the rest into one bar), and a button per region
// drawn, to filter the page by it: the keyboard's way to what a bar click does.
import { CATALOGUE } from '../../i18n/messages';
import { useLocale, useViewActions } from '../../state/view-store';

interface Region {
  readonly regionId: string;
  readonly name: string;
}

interface Props<R extends Region> {
  readonly regions: readonly R[];
  readonly selected: readonly string[];
  /** Said when the chart summed some regions into one bar: how many it drew, and that the table has them all. */
  readonly cappedNote?: string;
  /** The document's word for a region, in lower case ("huyện"): the group is named "Lọc theo huyện: <chart>". */
  readonly level: string;
  /** The chart's title, so each chart's buttons are a group of their own name on a page with several. */
  readonly chart: string;
  /** The button's text, the region's name unless given. */
  readonly text?: (r: R) => string;
  /** The button's accessible name, when it says more than its text. */
  readonly name?: (r: R) => string;
}

export function RegionButtons<R extends Region>({ regions, selected, cappedNote, level, chart, text, name }: Props<R>) {
  const { setRegions } = useViewActions();
  const m = CATALOGUE[useLocale()];
  const chosen = new Set(selected);
  return (
    <>
      {cappedNote && <p className="chart-note">{cappedNote}</p>}
      <div className="chart-region-buttons" role="group" aria-label={`${m.filterByRegion({ level })}: ${chart}`}>
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
    </>
  );
}
