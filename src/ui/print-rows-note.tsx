// On paper a long list prints its first rows and says how many there are (the rest stay on the page and in the CSV).
import { formatters } from '../i18n/format';
import { PRINT_MESSAGES } from '../i18n/messages-print';
import { useLocale } from '../state/view-store';

/** Rows a printed list keeps; print.css hides the rest. */
export const PRINT_ROWS = 20;

export function PrintRowsNote({ total }: { readonly total: number }) {
  const locale = useLocale();
  if (total <= PRINT_ROWS) return null;
  const n = (v: number) => formatters(locale).number(v, 0);
  return <p className="print-only print-rows-note">{PRINT_MESSAGES[locale].firstRows({ shown: n(PRINT_ROWS), total: n(total) })}</p>;
}
