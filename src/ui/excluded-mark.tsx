// The mark beside a figure that records left out of the document would have counted in (on the first screen;
// the notice that lists those records loads apart, only for a document that has some).
import { DATA_QUALITY_MESSAGES } from '../i18n/messages-data-quality';
import { useLocale } from '../state/view-store';
import './data-quality.css';

/** "* không gồm 3 bản ghi lỗi", beside a figure that the left-out records would have counted in. */
export function ExcludedMark({ count }: { count: number }) {
  const q = DATA_QUALITY_MESSAGES[useLocale()];
  if (count <= 0) return null;
  return (
    <span className="excluded-mark" data-testid="excluded-mark">
      <span aria-hidden="true">* </span>
      {q.mark({ count })}
    </span>
  );
}
