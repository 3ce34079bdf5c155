// Picks several regions from a long list (hundreds at national scale): search, checkboxes, the chosen ones as chips.
import { memo, useId, useMemo, useState } from 'react';
import type { Region } from '../contract/places';
import { matchesQuery, searchName } from '../domain/text-search';
import { CATALOGUE } from '../i18n/messages';
import { useLocale, useViewActions } from '../state/view-store';

const SHOWN = 60;

/** Memoised: a year change does not re-render hundreds of checkboxes. */
export const RegionPicker = memo(function RegionPicker({
  regions,
  selected,
  levelName,
}: {
  regions: readonly Region[];
  selected: readonly string[];
  levelName: string;
}) {
  const m = CATALOGUE[useLocale()];
  const { toggleRegion, setRegions } = useViewActions();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const folded = useMemo(() => regions.map((r) => ({ region: r, name: searchName(r.name) })), [regions]);
  const matches = useMemo(() => folded.filter((f) => matchesQuery(f.name, query)).map((f) => f.region), [folded, query]);
  const names = useMemo(() => new Map(regions.map((r) => [r.id, r.name])), [regions]);
  return (
    <fieldset className="region-picker">
      <legend>{levelName}</legend>
      <div className="region-picker__chosen" aria-live="polite">
        {selected.length === 0 ? (
          <span className="chip chip--static">{m.wholeProvince}</span>
        ) : (
          <>
            {selected.map((id) => (
              <button
                key={id}
                type="button"
                className="chip chip--removable"
                onClick={() => toggleRegion(id)}
                aria-label={m.removeRegion({ name: names.get(id) ?? id })}
              >
                {names.get(id) ?? id} <span aria-hidden="true">✕</span>
              </button>
            ))}
            <button type="button" className="button button--small" onClick={() => setRegions([])}>
              {m.wholeProvince}
            </button>
          </>
        )}
      </div>
      <label htmlFor={searchId} className="region-picker__label">
        {m.findRegion({ level: levelName.toLowerCase(), count: regions.length })}
      </label>
      <input
        id={searchId}
        type="search"
        className="region-picker__search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      <ul className="region-picker__list">
        {matches.slice(0, SHOWN).map((r) => (
          <li key={r.id}>
            <label>
              <input type="checkbox" checked={selected.includes(r.id)} onChange={() => toggleRegion(r.id)} />
              {r.name}
            </label>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && <p className="region-picker__more">{m.moreRegions({ shown: SHOWN, total: matches.length })}</p>}
    </fieldset>
  );
});
