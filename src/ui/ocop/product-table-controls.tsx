// The product list's controls: search without diacritics, stars, group, and "expiring soon only".
import { useId } from 'react';
import { PRODUCT_GROUPS } from '../../contract/values';
import type { ProductGroup } from '../../contract/values';
import { STAR_FILTERS, type StarFilter } from '../../domain/ocop/product-filter';
import type { Messages } from '../../i18n/messages';
import type { OcopMessages } from '../../i18n/messages-ocop';
import type { useProductTable } from './use-product-table';

interface Props {
  readonly m: OcopMessages;
  readonly c: Messages;
  readonly t: ReturnType<typeof useProductTable>;
}

export function ProductTableControls({ m, c, t }: Props) {
  const hintId = useId();
  const searchId = useId();
  return (
    <div className="ocop-products__controls">
      <div className="ocop-field ocop-field--search">
        <label htmlFor={searchId}>{m.table.search}</label>
        <input
          id={searchId}
          type="search"
          value={t.query}
          onChange={(e) => t.setQuery(e.target.value)}
          autoComplete="off"
          aria-describedby={hintId}
        />
        <span id={hintId} className="ocop-field__hint">
          {m.table.searchHint}
        </span>
      </div>
      <label className="ocop-field">
        {m.table.starsFilter}
        <select value={t.stars} onChange={(e) => t.setStars(e.target.value as StarFilter)}>
          {STAR_FILTERS.map((s) => (
            <option key={s} value={s}>
              {m.table.starOption[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="ocop-field">
        {m.table.groupFilter}
        <select value={t.group} onChange={(e) => t.setGroup(e.target.value as ProductGroup | 'all')}>
          <option value="all">{m.table.allGroups}</option>
          {PRODUCT_GROUPS.map((g) => (
            <option key={g} value={g}>
              {c.productGroup[g]}
            </option>
          ))}
        </select>
      </label>
      <label className="ocop-check">
        <input type="checkbox" checked={t.expiringOnly} onChange={(e) => t.setExpiringOnly(e.target.checked)} />
        {m.table.expiringOnly}
      </label>
    </div>
  );
}
