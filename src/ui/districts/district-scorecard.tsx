// The planners' scorecard: one row per district, one column per target, each cell marked against the province
// goal by colour and sign; sortable, a row filters the page to its district, the rows download as CSV.
import { useId, useMemo, useState } from 'react';
import { buildScorecard, sortScorecard, type ScorecardRow, type ScorecardSort } from '../../domain/district-scorecard';
import { describeGoalShort, shortName } from '../../i18n/describe-glance';
import { formatters } from '../../i18n/format';
import { CATALOGUE } from '../../i18n/messages';
import { SCORECARD_MESSAGES } from '../../i18n/messages-scorecard';
import { useLocale, useViewActions } from '../../state/view-store';
import { downloadCsv } from '../download-csv';
import type { SectionProps } from '../section-props';
import { PrintRowsNote } from '../print-rows-note';
import { SortHeader } from '../sort-header';
import { PAGE, usePages } from '../use-long-list';
import { ScorecardTableRow } from './district-scorecard-row';
import './districts.css';

const keyOf = (k: ScorecardSort['key']) => (k === 'name' ? 'name' : `c${k}`);
const parseKey = (k: string): ScorecardSort['key'] => (k === 'name' ? 'name' : Number(k.slice(1)));

export default function DistrictScorecard({ index, regionIds, year }: SectionProps) {
  const locale = useLocale();
  const m = SCORECARD_MESSAGES[locale];
  const base = CATALOGUE[locale];
  const f = formatters(locale);
  const { setRegions } = useViewActions();
  const headingId = useId();
  const captionId = useId();
  const level = index.doc.meta.geography.regionLevel;
  const levelName = (locale === 'en' && level.en) || level.vi;
  const levelLower = levelName.toLocaleLowerCase(locale);
  const card = useMemo(() => buildScorecard(index, year), [index, year]);
  const [sort, setSort] = useState<ScorecardSort>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(() => sortScorecard(card.rows, sort, f.compare), [card, sort, f]);
  const onSort = (k: string) => {
    const key = parseKey(k);
    setSort((s) => ({
      key,
      // The same column flips; a new one starts A→Z for names and highest first for figures.
      direction: s.key === key ? (s.direction === 'ascending' ? 'descending' : 'ascending') : key === 'name' ? 'ascending' : 'descending',
    }));
  };
  const selected = useMemo(() => new Set(regionIds), [regionIds]);
  // A national document has hundreds of districts: one page of rows at first, and the selected ones wherever they sort.
  const { shown, showMore } = useScorecardPages(rows, selected, sort);

  const download = () => {
    const header = [levelName];
    for (const c of card.columns) {
      const name = shortName(c.target, locale);
      header.push(name);
      if (c.target.unit === 'count') header.push(`${name} (% ${base.wholeProvince.toLocaleLowerCase(locale)})`);
    }
    const body = rows.map((r) => [
      r.name,
      ...card.columns.flatMap((c, i) => {
        const cell = r.cells[i];
        if (!cell) return [];
        const raw = cell.value === null ? '' : Number(cell.value.toFixed(4));
        if (c.target.unit !== 'count') return [raw];
        return [raw, cell.shareOfProvince === null || cell.shareOfProvince === undefined ? '' : Number(cell.shareOfProvince.toFixed(4))];
      }),
    ]);
    downloadCsv(`district-scorecard-${year}`, header, body);
  };

  // Nothing to compare: no target can be computed per district, or the document has no districts.
  if (card.columns.length === 0 || card.rows.length === 0) return null;

  return (
    <section className="section scorecard" aria-labelledby={headingId} data-testid="scorecard">
      <h2 id={headingId}>{m.heading({ level: levelLower })}</h2>
      <p className="scorecard__legend">
        {m.legend({ count: card.rows.length, level: levelLower })} <span className="scorecard__how">{m.howTo}</span>
      </p>
      <div className="data-table">
        <div className="data-table__scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="scorecard__table">
            <caption id={captionId}>{`${m.heading({ level: levelLower })}, ${year}`}</caption>
            <thead>
              <tr>
                <SortHeader
                  column="name"
                  label={levelName}
                  sort={{ key: keyOf(sort.key), direction: sort.direction }}
                  onSort={onSort}
                  buttonClass="scorecard-sort"
                />
                {card.columns.map((c, i) => (
                  <SortHeader
                    key={c.target.id}
                    column={`c${i}`}
                    label={`${shortName(c.target, locale)} (${
                      c.evenShare === undefined
                        ? m.goal({ goal: describeGoalShort(c.target, locale) })
                        : m.evenShare({ goal: describeGoalShort(c.target, locale), share: f.number(c.evenShare, c.evenShare < 1 ? 2 : 1) })
                    })`}
                    sort={{ key: keyOf(sort.key), direction: sort.direction }}
                    onSort={onSort}
                    numeric
                    buttonClass="scorecard-sort"
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <ScorecardTableRow
                  key={r.regionId}
                  row={r}
                  columns={card.columns}
                  selected={selected.has(r.regionId)}
                  locale={locale}
                  onSelect={setRegions}
                />
              ))}
            </tbody>
          </table>
        </div>
        <PrintRowsNote total={rows.length} />
        {shown.length < rows.length && (
          <p className="scorecard__showing">
            {m.showing({ shown: f.number(shown.length, 0), total: f.number(rows.length, 0), level: levelLower })}{' '}
            <button type="button" className="button button--small" onClick={showMore}>
              {m.showMore({ n: f.number(Math.min(PAGE, rows.length - shown.length), 0), level: levelLower })}
            </button>
          </p>
        )}
        <button type="button" className="button button--small" onClick={download}>
          {base.downloadCsv}
        </button>
      </div>
    </section>
  );
}

/** The rows on screen: the first pages of `rows`, and any selected row further down, in the table's order. */
function useScorecardPages(rows: readonly ScorecardRow[], selected: ReadonlySet<string>, sort: ScorecardSort) {
  const { shown: first, showMore } = usePages(rows, `${sort.key}|${sort.direction}`);
  const shown = useMemo(() => {
    if (first.length === rows.length) return first;
    const inFirst = new Set(first);
    return rows.filter((r) => inFirst.has(r) || selected.has(r.regionId));
  }, [rows, first, selected]);
  return { shown, showMore };
}

// The sections draw their per-district lines from this chunk too: one small chunk for everything about districts.
export { DistrictLinesCharts } from './district-lines-chart';
