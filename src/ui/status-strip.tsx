// Every target's status in one line each, the ones behind first: icon, word and colour, a short name, the value
// against the goal as a bullet bar, and a link to the target's card.
import type { MouseEvent } from 'react';
import type { Overview } from '../domain/overview';
import { behindFirst } from '../domain/target-glance';
import { describeValueOfGoal, glanceName, type RegionName } from '../i18n/describe-glance';
import { GLANCE_MESSAGES } from '../i18n/messages-glance';
import { useLocale } from '../state/view-store';
import { BulletBar } from './bullet-bar';
import { StatusBadge } from './status-badge';

export const cardId = (targetId: string) => `card-${targetId}`;

/** Scrolls to the card and moves focus there, without adding a history entry. */
function jump(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const card = document.getElementById(id);
  if (!card) return;
  event.preventDefault();
  card.scrollIntoView({ block: 'start' });
  card.focus({ preventScroll: true });
}

export function StatusStrip({ overview, scopeLabel, regionName }: { overview: Overview; scopeLabel: string; regionName: RegionName }) {
  const locale = useLocale();
  const m = GLANCE_MESSAGES[locale];
  const rows = behindFirst(overview.groups.flatMap((g) => g.rows));
  if (rows.length === 0) return null;
  return (
    <nav className="status-strip" aria-labelledby="status-strip-title">
      <h2 id="status-strip-title" className="status-strip__title">
        {m.heading} <span className="status-strip__scope">{m.scope({ scope: scopeLabel, year: overview.year })}</span>
      </h2>
      <ol className="status-strip__list">
        {rows.map(({ evaluation: e }) => {
          const name = glanceName(e.target, locale, regionName);
          const id = cardId(e.target.id);
          return (
            <li key={e.target.id} className="status-line" data-status={e.status} data-target-id={e.target.id}>
              <a href={`#${id}`} className="status-line__link" onClick={(ev) => jump(ev, id)}>
                <StatusBadge status={e.status} />
                <span className="status-line__name">{name}</span>
                <BulletBar evaluation={e} className="status-line__bullet" />
                <span className="status-line__value">
                  {describeValueOfGoal(e, locale)}
                  {e.judgedOn === 'province' && <span className="status-line__scope"> ({m.provinceValue})</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
