// The OCOP product list: search, filters, sortable columns, 100 rows at a time, expiring certificates flagged, CSV of the filtered rows.
import { memo, use, useId } from 'react';
import type { ProductSortKey } from '../../domain/product-table';
import { expiryWindowEnd } from '../../domain/product-table';
import type { SectionProps } from '../section-props';
import { productCsv } from './product-csv';
import { CSV_STYLE } from '../csv';
import { downloadBlob } from '../download-csv';
import { exportFileName, ExportInfoContext } from '../export/export-info';
import { ProductTableControls } from './product-table-controls';
import { ProductTableRow } from './product-table-row';
import { SortHeader } from '../sort-header';
import { PAGE } from '../use-long-list';
import { useProductTable } from './use-product-table';
import { PrintRowsNote } from '../print-rows-note';
import { scopeInSentence, useOcopText } from './use-ocop-text';

const NUMERIC: ReadonlySet<ProductSortKey> = new Set(['stars', 'ratingYear']);

/** Memoised: the section re-renders on every year change, this list only when its own inputs change. */
export const ProductTable = memo(function ProductTable({
  index,
  regionIds,
  scopeLabel,
}: Pick<SectionProps, 'index' | 'regionIds' | 'scopeLabel'>) {
  const { m, c, f, regionLevel } = useOcopText(index);
  const t = useProductTable(index, regionIds, f.compare);
  const headingId = useId();
  const captionId = useId();
  const label = (k: ProductSortKey) => (k === 'region' ? regionLevel : m.table.column[k]);
  const n = (v: number) => f.number(v, 0);
  const header = (k: ProductSortKey) => (
    <SortHeader key={k} column={k} label={label(k)} sort={t.sort} onSort={t.toggleSort} numeric={NUMERIC.has(k)} buttonClass="ocop-sort" />
  );
  const info = use(ExportInfoContext);
  const download = () =>
    downloadBlob(
      `${exportFileName(m.table.fileName, info)}.csv`,
      new Blob([productCsv(t.sorted, m, c, regionLevel, CSV_STYLE[f.locale])], { type: 'text/csv;charset=utf-8' }),
    );
  const rest = t.sorted.length - t.shown.length;

  return (
    <section className="ocop-products" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.table.heading}</h3>
      <ProductTableControls m={m} c={c} t={t} />
      <p className="ocop-products__expiring" data-testid="ocop-expiring-count">
        <span className="ocop-expiring__icon" aria-hidden="true">
          !
        </span>
        {m.table.expiringCount({ n: n(t.expiring), from: f.date(index.doc.meta.asOf), until: f.date(expiryWindowEnd(index)) })}
      </p>
      <p className="ocop-products__count" role="status" data-testid="ocop-products-count">
        {m.table.showing({ shown: n(t.shown.length), total: n(t.sorted.length) })}
      </p>
      <PrintRowsNote total={t.sorted.length} />
      <div className="ocop-products__scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table>
          <caption id={captionId}>
            <span className="ocop-products__caption">
              {m.table.caption({
                scope: scopeInSentence(regionIds, scopeLabel, m.wholeProvinceInSentence),
                date: f.date(index.doc.meta.asOf),
              })}
            </span>
          </caption>
          <thead>
            <tr>
              {header('name')}
              {header('stars')}
              <th scope="col">{m.table.column.group}</th>
              <th scope="col" className="ocop-products__wide">
                {m.table.column.subject}
              </th>
              <th scope="col">{m.table.column.commune}</th>
              {header('region')}
              {header('ratingYear')}
              <th scope="col">{m.table.column.status}</th>
              {header('expiry')}
            </tr>
          </thead>
          <tbody>
            {t.shown.map((r) => (
              <ProductTableRow key={r.id} r={r} m={m} c={c} f={f} />
            ))}
          </tbody>
        </table>
        {t.sorted.length === 0 && <p className="ocop-products__empty">{m.table.noMatch}</p>}
      </div>
      <div className="ocop-products__actions">
        {rest > 0 && (
          <button type="button" className="button button--small" onClick={t.showMore}>
            {m.table.showMore({ n: n(Math.min(PAGE, rest)) })}
          </button>
        )}
        <button type="button" className="button button--small" onClick={download} disabled={t.sorted.length === 0}>
          {m.table.download}
        </button>
      </div>
    </section>
  );
});
