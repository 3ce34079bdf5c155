// One district's row of the scorecard. Memoised: a filter change re-renders only the rows whose selection changed,
// not every district of a national document.
import { memo } from 'react';
import type { ScorecardCell, ScorecardColumn, ScorecardRow } from '../../domain/district-scorecard';
import { formatValue } from '../../i18n/describe-target';
import { formatters, type Locale } from '../../i18n/format';
import { SCORECARD_MESSAGES } from '../../i18n/messages-scorecard';

export const ScorecardTableRow = memo(function ScorecardTableRow({
  row,
  columns,
  selected,
  locale,
  onSelect,
}: {
  row: ScorecardRow;
  columns: readonly ScorecardColumn[];
  selected: boolean;
  locale: Locale;
  onSelect: (regionIds: string[]) => void;
}) {
  const m = SCORECARD_MESSAGES[locale];
  const f = formatters(locale);
  return (
    <tr
      data-region-id={row.regionId}
      className={selected ? 'scorecard__row scorecard__row--selected' : 'scorecard__row'}
      onClick={() => onSelect([row.regionId])}
    >
      <th scope="row">
        <button type="button" className="scorecard__district">
          {row.name}
        </button>
        {selected && <span className="scorecard__selected"> ({m.selected})</span>}
      </th>
      {columns.map((c, i) => {
        const cell = row.cells[i];
        if (!cell) return <td key={c.target.id} />;
        return (
          <Cell
            key={c.target.id}
            cell={cell}
            text={cell.value === null ? '—' : formatValue(cell.value, c.target.unit, locale)}
            share={cell.shareOfProvince == null ? undefined : m.ofProvince({ share: f.percent(cell.shareOfProvince) })}
            markText={m.mark[cell.mark]}
            icon={m.markIcon[cell.mark]}
          />
        );
      })}
    </tr>
  );
});

function Cell({
  cell,
  text,
  share,
  markText,
  icon,
}: {
  cell: ScorecardCell;
  text: string;
  share?: string;
  markText: string;
  icon: string;
}) {
  return (
    <td className={`num scorecard__cell scorecard__cell--${cell.mark}`} data-mark={cell.mark} data-value={cell.value ?? ''}>
      <span className="scorecard__value">
        <span className="scorecard__icon" aria-hidden="true">
          {icon}
        </span>{' '}
        {text}
        <span className="visually-hidden">, {markText}</span>
      </span>
      {share && <span className="scorecard__share">{share}</span>}
    </td>
  );
}
