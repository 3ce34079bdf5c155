// An accessible table of already computed rows, scrolling inside itself, with a CSV download.
import { use, useId } from 'react';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { downloadCsv } from './download-csv';
import { aboutRows, exportFileName, ExportInfoContext } from './export/export-info';
import { PrintRowsNote } from './print-rows-note';

export interface Column<Row> {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
  /** Text shown in the cell (already formatted for the locale). */
  readonly cell: (row: Row) => string;
  /** Raw value for CSV (defaults to the cell text). */
  readonly raw?: (row: Row) => string | number;
}

/** What a table shows and downloads: its columns, its rows and their keys, the name of its file. */
export interface TableSource<Row> {
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly fileName: string;
}

interface Props<Row> extends TableSource<Row> {
  readonly caption: string;
  readonly maxHeight?: string;
}

export function DataTable<Row>({ caption, columns, rows, rowKey, fileName, maxHeight = '28rem' }: Props<Row>) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const id = useId();
  const info = use(ExportInfoContext);
  const download = () =>
    downloadCsv(
      exportFileName(fileName, info),
      columns.map((c) => c.label),
      rows.map((r) => columns.map((c) => (c.raw ? c.raw(r) : c.cell(r)))),
      { locale, about: info ? aboutRows(info) : [] },
    );
  return (
    <div className="data-table">
      <PrintRowsNote total={rows.length} />
      <div className="data-table__scroll" style={{ maxHeight }} tabIndex={0} role="region" aria-labelledby={id}>
        <table>
          <caption id={id}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={rowKey(r)}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.key} scope="row">
                      {c.cell(r)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.cell(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button button--small" onClick={download}>
        {m.downloadCsv}
      </button>
    </div>
  );
}
