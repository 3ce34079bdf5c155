// A target status by icon and word as well as colour (the colour is the status's own custom property).
import type { CSSProperties } from 'react';
import type { TargetStatus } from '../domain/target-status';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';

export function StatusBadge({ status }: { status: TargetStatus }) {
  const m = CATALOGUE[useLocale()];
  return (
    <span className={`status status--${status}`} data-status={status} style={{ '--status': `var(--${status})` } as CSSProperties}>
      <span className="status__icon" aria-hidden="true">
        {m.statusIcon[status]}
      </span>
      {m.status[status]}
    </span>
  );
}
