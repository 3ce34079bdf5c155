// The villages the "with a 3★+ product" count is made of, each with its valid products and their stars.
import { useId, useState } from 'react';
import { PrintRowsNote } from '../print-rows-note';
import type { VillageWithProducts } from '../../domain/craft/with-products';
import type { DocumentIndex } from '../../domain/document-index';
import { useCraftText } from './use-craft-text';

/** Above this many villages the list gets a fixed height (see craft.css) and scrolls. */
const SCROLL_AFTER = 8;
/** At national scale hundreds of villages qualify: the first ones are listed, the rest on request. */
const FIRST = 30;

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scopeLabel: string;
  readonly villages: readonly VillageWithProducts[];
}

export function CraftVillageList({ index, year, scopeLabel, villages }: Props) {
  const { m } = useCraftText(index);
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? villages : villages.slice(0, FIRST);
  return (
    <div className="craft-villages">
      <h4 id={headingId}>{m.list.heading({ year })}</h4>
      {villages.length === 0 ? (
        <p className="chart-note">{m.list.empty({ scope: scopeLabel, year })}</p>
      ) : (
        <ul
          className={`craft-villages__list${villages.length > SCROLL_AFTER ? ' craft-villages__list--scroll' : ''}`}
          data-testid="craft-village-list"
          // a long list scrolls inside itself, so it must be reachable by keyboard
          {...(villages.length > SCROLL_AFTER ? { tabIndex: 0, 'aria-labelledby': headingId } : {})}
        >
          {shown.map((v) => (
            <li key={v.id} className="craft-villages__item">
              <span className="craft-villages__name">{v.name}</span>
              <span className="craft-villages__place">
                {m.list.place({ commune: v.communeName, region: v.regionName, craft: v.craft })}
              </span>
              <span className="craft-villages__products">
                {v.products.map((p) => m.list.product({ name: p.name, stars: p.stars })).join('; ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <PrintRowsNote total={villages.length} />
      {villages.length > FIRST && (
        <button type="button" className="button button--small" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? m.list.showFewer : m.list.showAll({ count: villages.length })}
        </button>
      )}
    </div>
  );
}
