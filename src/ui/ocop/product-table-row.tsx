// One product in the list; a certificate expiring soon is flagged by an icon and words, not by colour alone.
import { memo } from 'react';
import type { ProductRow } from '../../domain/product-table';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { OcopMessages } from '../../i18n/messages-ocop';

interface Props {
  readonly r: ProductRow;
  readonly m: OcopMessages;
  readonly c: Messages;
  readonly f: Formatters;
}

export const ProductTableRow = memo(function ProductTableRow({ r, m, c, f }: Props) {
  return (
    <tr className={r.recognisedStars === 0 ? 'ocop-products__row--inactive' : undefined}>
      <th scope="row">{r.name}</th>
      <td className="num">{m.stars({ n: r.stars })}</td>
      <td>{c.productGroup[r.group]}</td>
      <td>
        {r.subjectName}
        {r.subjectType && <span className="ocop-products__sub">{c.subjectType[r.subjectType]}</span>}
      </td>
      <td>{r.communeName}</td>
      <td>{r.regionName}</td>
      <td className="num">{r.ratingYear}</td>
      <td>{c.productStatus[r.status]}</td>
      <td>
        {r.expiryDate ? f.date(r.expiryDate) : m.noValue}
        {r.expiring && (
          <span className="ocop-expiring">
            <span className="ocop-expiring__icon" aria-hidden="true">
              !
            </span>
            {m.table.expiring}
          </span>
        )}
      </td>
    </tr>
  );
});
