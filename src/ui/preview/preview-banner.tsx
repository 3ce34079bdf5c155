// The banner over a previewed local file: which file, that it is not the published data, its problems, and the way back.
import type { DocumentError } from '../../data/document-error';
import { describeLoadError } from '../../i18n/describe-problem';
import { PREVIEW_MESSAGES } from '../../i18n/messages-preview';
import { useLocale } from '../../state/view-store';
import { LazyProblemList } from '../lazy-problem-list';

interface Props {
  name: string;
  /** Absent when the file is a valid document. */
  error?: DocumentError | undefined;
  onLeave: () => void;
}

export function PreviewBanner({ name, error, onLeave }: Props) {
  const locale = useLocale();
  const m = PREVIEW_MESSAGES[locale];
  const failed = !!error;
  const d = error?.detail;
  return (
    <section
      className={`notice preview-banner ${failed ? 'notice--danger' : 'notice--preview'}`}
      role={failed ? 'alert' : 'region'}
      aria-labelledby="preview-title"
      data-testid="preview-banner"
    >
      <h2 id="preview-title">{error ? m.invalidTitle({ name }) : m.bannerTitle}</h2>
      <p>{m.banner({ name })}</p>
      {d && <p>{describeLoadError(d, locale)}</p>}
      {(d?.kind === 'invalid' || d?.kind === 'workbook') && <LazyProblemList problems={d.problems} total={d.total} />}
      <button type="button" className="button" onClick={onLeave}>
        {m.leave}
      </button>
    </section>
  );
}
