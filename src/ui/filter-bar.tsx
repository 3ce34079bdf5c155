// District (several at once) and year filters; "whole province" by default.
import { useMemo } from 'react';
import type { DocumentIndex } from '../domain/document-index';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { useLocale, useMerge, useViewActions } from '../state/view-store';
import { GLANCE_MESSAGES } from '../i18n/messages-glance';
import { RegionPicker } from './region-picker';

/** Up to this many regions fit as chips; more get the searchable picker. */
const CHIP_LIMIT = 12;

export function FilterBar({ index, year, selected }: { index: DocumentIndex; year: number; selected: readonly string[] }) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const { toggleRegion, setRegions, setYear, setMerge } = useViewActions();
  const merge = useMerge();
  const regions = useMemo(() => [...index.doc.regions].sort((a, b) => f.compare(a.name, b.name)), [index, f]);
  const levelName = (locale === 'en' && index.doc.meta.geography.regionLevel.en) || index.doc.meta.geography.regionLevel.vi;
  return (
    <form className="filter-bar" aria-label={`${levelName} · ${m.year}`} onSubmit={(e) => e.preventDefault()}>
      {regions.length > CHIP_LIMIT ? (
        <RegionPicker regions={regions} selected={selected} levelName={levelName} />
      ) : (
        <fieldset className="filter-bar__regions">
          <legend>{levelName}</legend>
          <label className="chip">
            <input type="checkbox" checked={selected.length === 0} onChange={() => setRegions([])} />
            {m.wholeProvince}
          </label>
          {regions.map((r) => (
            <label key={r.id} className="chip">
              <input type="checkbox" checked={selected.includes(r.id)} onChange={() => toggleRegion(r.id)} />
              {r.name}
            </label>
          ))}
        </fieldset>
      )}
      {selected.length > 1 && (
        <label className="chip filter-bar__merge">
          <input type="checkbox" checked={merge} onChange={(e) => setMerge(e.target.checked)} />
          {GLANCE_MESSAGES[locale].merge({ level: levelName.toLocaleLowerCase(locale) })}
        </label>
      )}
      <label className="filter-bar__year">
        {m.year}
        <select value={year} onChange={(e) => setYear(Number(e.target.value) === index.asOfYear ? null : Number(e.target.value))}>
          {[...index.years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
