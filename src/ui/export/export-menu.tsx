// A chart's downloads: the picture as PNG, its table as CSV and as an Excel workbook, all named and labelled alike.
import { use, useState, type RefObject } from 'react';
import { PRINT_MESSAGES } from '../../i18n/messages-print';
import { useLocale } from '../../state/view-store';
import type { Column } from '../data-table';
import { downloadBlob, downloadCsv } from '../download-csv';
import { aboutRows, exportFileName, ExportInfoContext } from './export-info';

interface Props<Row> {
  readonly title: string;
  readonly summary: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly fileName: string;
  readonly figure: RefObject<HTMLElement | null>;
}

export function ExportMenu<Row>({ title, summary, columns, rows, fileName, figure }: Props<Row>) {
  const locale = useLocale();
  const m = PRINT_MESSAGES[locale].export;
  const info = use(ExportInfoContext);
  const [failed, setFailed] = useState(false);
  const name = exportFileName(fileName, info);
  const about = info ? aboutRows(info) : [];
  const header = columns.map((c) => c.label);
  const body = () => rows.map((r) => columns.map((c) => (c.raw ? c.raw(r) : c.cell(r))));
  const run = (job: () => Promise<void>) => () => {
    setFailed(false);
    job().catch(() => setFailed(true));
  };
  const png = run(async () => {
    const el = figure.current;
    if (!el) throw new Error('no figure');
    const { chartPng } = await import('./chart-png');
    const footer = about.map(([k, v]) => `${k}: ${v}`);
    downloadBlob(
      `${name}.png`,
      await chartPng(el, { title, summary, footer: [footer.slice(0, 2).join(' · '), footer.slice(2).join(' · ')] }),
    );
  });
  const csv = () => downloadCsv(name, header, body(), { locale, about });
  const xlsx = run(async () => {
    const { buildXlsx } = await import('./xlsx');
    const bytes = buildXlsx([
      { name: m.dataSheet, rows: [header, ...body()] },
      { name: m.aboutSheet, rows: [[title], [summary], ...about] },
    ]);
    downloadBlob(
      `${name}.xlsx`,
      new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    );
  });
  return (
    <details className="export-menu">
      <summary className="button button--small">{m.menu}</summary>
      <div className="export-menu__items">
        <button type="button" className="button button--small" onClick={png}>
          {m.png}
        </button>
        <button type="button" className="button button--small" onClick={csv}>
          {m.csv}
        </button>
        <button type="button" className="button button--small" onClick={xlsx}>
          {m.xlsx}
        </button>
      </div>
      {failed && <p role="alert">{m.failed}</p>}
    </details>
  );
}
