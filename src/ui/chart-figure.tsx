// Frame for every chart: a title, a one-line text summary, the legend and the chart, the same data as a table on request,
// and downloads.
import { useId, useRef, useState, type ReactNode } from 'react';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';
import { ChartBox, type LegendItem } from './charts/chart-box';
import { DataTable, type TableSource } from './data-table';
import { ExportMenu } from './export/export-menu';

interface Props<Row> {
  readonly title: string;
  /** One sentence a screen reader (and a hurried reader) gets instead of the picture. */
  readonly summary: string;
  /** The table the figure shows on request and downloads: the same data as the chart. */
  readonly table: TableSource<Row>;
  /** Height of the chart area in px, fixed so nothing jumps when data arrives. */
  readonly height?: number;
  /** The legend above the plot; with one, the plot is drawn only near the screen (see ChartBox). */
  readonly legend?: readonly LegendItem[];
  readonly children: ReactNode;
  readonly testId?: string;
}

export function ChartFigure<Row>({ title, summary, table, height = 300, legend, children, testId }: Props<Row>) {
  const { columns, rows, fileName } = table;
  const m = CATALOGUE[useLocale()];
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const figure = useRef<HTMLElement>(null);
  return (
    <figure ref={figure} className="chart-figure" aria-labelledby={titleId} data-testid={testId}>
      <div className="chart-figure__head">
        <h4 id={titleId}>{title}</h4>
        <button type="button" className="button button--small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? m.showChart : m.showTable}
        </button>
        <ExportMenu title={title} summary={summary} columns={columns} rows={rows} fileName={fileName} figure={figure} />
      </div>
      <p id={summaryId} className="chart-figure__summary">
        {summary}
      </p>
      {asTable ? (
        <DataTable caption={title} {...table} />
      ) : (
        <div className="chart-figure__chart" style={{ height }} role="img" aria-labelledby={`${titleId} ${summaryId}`}>
          {legend ? <ChartBox legend={legend}>{children}</ChartBox> : children}
        </div>
      )}
    </figure>
  );
}
