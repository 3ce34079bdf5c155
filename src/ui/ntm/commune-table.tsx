// The NTM commune list: search without diacritics, a level filter, sortable columns, 100 rows at a time, CSV, and a detail panel.
import { memo, use, useId, useMemo, useRef, useState } from 'react';
import { communeDetail, SORT_KEYS, type CommuneRow, type LevelFilter } from '../../domain/commune-table';
import { NTM_LEVELS } from '../../contract/values';
import type { SectionProps } from '../section-props';
import { CommuneDetailPanel } from './commune-detail';
import { downloadCsv } from '../download-csv';
import { LevelLabel } from './level-label';
import { SortHeader } from '../sort-header';
import { PAGE } from '../use-long-list';
import { useCommuneTable } from './use-commune-table';
import { PrintRowsNote } from '../print-rows-note';
import { useNtmText } from './use-ntm-text';
import { aboutRows, exportFileName, ExportInfoContext } from '../export/export-info';

const NUMERIC = new Set(['since', 'criteria']);

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const CommuneTable = memo(function CommuneTable({ index, regionIds, year, scopeLabel }: SectionProps) {
  const { m, f, regionLevel } = useNtmText(index);
  const info = use(ExportInfoContext);
  const t = useCommuneTable(index, regionIds, year, f.compare);
  const headingId = useId();
  const captionId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [openCode, setOpenCode] = useState<string | null>(null);
  const detail = useMemo(() => (openCode === null ? undefined : communeDetail(index, openCode)), [index, openCode]);
  const label = (k: (typeof SORT_KEYS)[number]) => (k === 'region' ? regionLevel : m.table.column[k]);
  const criteria = (r: CommuneRow) => `${r.criteriaMet ?? '—'}/${r.criteriaTotal}`;

  const close = () => {
    setOpenCode(null);
    const target = opener.current?.isConnected ? opener.current : searchRef.current;
    target?.focus();
  };
  const download = () =>
    downloadCsv(
      exportFileName(m.table.fileName, info),
      [
        m.table.code,
        m.table.column.name,
        regionLevel,
        m.table.column.level,
        m.table.column.since,
        m.table.column.criteria,
        m.table.criteriaTotal,
      ],
      t.sorted.map((r) => [r.code, r.name, r.regionName, m.level[r.level], r.since ?? '', r.criteriaMet ?? '', r.criteriaTotal]),
      { locale: f.locale, about: info ? aboutRows(info) : [] },
    );

  return (
    <section className="ntm-communes" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.table.heading}</h3>
      <div className="ntm-communes__controls">
        <label className="ntm-field">
          {m.table.search}
          <input ref={searchRef} type="search" value={t.query} onChange={(e) => t.setQuery(e.target.value)} autoComplete="off" />
        </label>
        <label className="ntm-field">
          {m.table.levelFilter}
          <select value={t.level} onChange={(e) => t.setLevel(e.target.value as LevelFilter)}>
            <option value="all">{m.table.allLevels}</option>
            {NTM_LEVELS.map((l) => (
              <option key={l} value={l}>
                {m.levelIcon[l]} {m.level[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="ntm-communes__count" role="status" data-testid="ntm-communes-count">
        {m.table.showing({ shown: f.number(t.shown.length, 0), total: f.number(t.sorted.length, 0) })}
      </p>
      <PrintRowsNote total={t.sorted.length} />
      <div className="ntm-communes__scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table>
          <caption id={captionId}>{m.table.caption({ year, scope: scopeLabel })}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((k) => (
                <SortHeader
                  key={k}
                  column={k}
                  label={label(k)}
                  sort={t.sort}
                  onSort={t.toggleSort}
                  numeric={NUMERIC.has(k)}
                  buttonClass="ntm-sort"
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {t.shown.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <button
                    type="button"
                    className="ntm-link"
                    aria-expanded={openCode === r.code}
                    onClick={(e) => {
                      opener.current = e.currentTarget;
                      setOpenCode(r.code);
                    }}
                  >
                    {r.name}
                  </button>
                </th>
                <td>{r.regionName}</td>
                <td>
                  <LevelLabel level={r.level} />
                </td>
                <td className="num">{r.since ?? '—'}</td>
                <td className="num">{criteria(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {t.sorted.length === 0 && <p className="ntm-communes__empty">{m.table.noMatch}</p>}
      </div>
      <div className="ntm-communes__actions">
        {t.sorted.length > t.shown.length && (
          <button type="button" className="button button--small" onClick={t.showMore}>
            {m.table.showMore({ n: f.number(Math.min(PAGE, t.sorted.length - t.shown.length), 0) })}
          </button>
        )}
        <button type="button" className="button button--small" onClick={download}>
          {m.table.download}
        </button>
      </div>
      {detail && <CommuneDetailPanel index={index} detail={detail} onClose={close} />}
    </section>
  );
});
