// Whether the figures are fresh and from the configured source, in one line each; the slides carry them too.
import { ageMustShow } from '../data/data-age';
import type { LoadedDocument } from '../data/loaded-document';
import type { ResolvedSource } from '../data/source-config';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { FRESHNESS_MESSAGES } from '../i18n/messages-freshness';
import { useLocale } from '../state/view-store';
import { useNow } from './use-now';

export interface Freshness {
  readonly loaded: LoadedDocument;
  readonly refreshMs: number | undefined;
  readonly refreshing: boolean;
  /** The latest load or refresh failed: the figures shown are older ones. */
  readonly failed: boolean;
}

/** "Không cập nhật được — đang hiển thị số liệu tải lúc 14:05 (3 giờ trước)", or the age, or nothing. */
export function useFreshnessText({ loaded, refreshMs, refreshing, failed }: Freshness): string | undefined {
  const locale = useLocale();
  const now = Math.max(useNow(), loaded.fetchedAt);
  const f = formatters(locale);
  const p = { time: f.clock(loaded.fetchedAt, now), age: f.age(loaded.fetchedAt, now) };
  if (failed) return FRESHNESS_MESSAGES[locale].updateFailed(p);
  return ageMustShow(loaded, now, refreshMs, refreshing) ? FRESHNESS_MESSAGES[locale].loadedAt(p) : undefined;
}

/** The figures' age on the page, when it matters (a failure is told by the load-error panel instead). */
export function DataAgeNotice(props: Omit<Freshness, 'failed'>) {
  const text = useFreshnessText({ ...props, failed: false });
  return text ? <Flag className="notice notice--warning" testId="data-age" text={text} /> : null;
}

/** What the slides must not hide: a source other than the configured one, and stale or unrefreshed figures. */
export function SlideFlags({ source, freshness }: { source: ResolvedSource | undefined; freshness: Freshness | undefined }) {
  const locale = useLocale();
  const foreign = source?.kind === 'ok' && !source.isConfigured ? CATALOGUE[locale].nonDefaultSource({ url: source.url }) : undefined;
  return (
    <>
      {foreign && <Flag className="slide-flag" testId="slide-source-flag" text={foreign} />}
      {freshness && <SlideFreshness {...freshness} />}
    </>
  );
}

function SlideFreshness(props: Freshness) {
  const text = useFreshnessText(props);
  return text ? <Flag className="slide-flag" testId="slide-age" text={text} /> : null;
}

/** One warning line, marked ⚠ for the eye. */
function Flag({ className, testId, text }: { className: string; testId: string; text: string }) {
  return (
    <p className={className} data-testid={testId}>
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  );
}
