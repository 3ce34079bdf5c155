// One commune's NTM record in an inline panel: level, year, criteria set, criterion by criterion, history. Escape closes it.
import { useEffect, useId, useRef } from 'react';
import type { CommuneDetail } from '../../domain/commune-table';
import type { DocumentIndex } from '../../domain/document-index';
import type { LocalisedText } from '../../contract/fields';
import { LevelLabel } from './level-label';
import { useNtmText } from './use-ntm-text';

interface Props {
  readonly index: DocumentIndex;
  readonly detail: CommuneDetail;
  /** Closes the panel and returns focus to the button that opened it. */
  readonly onClose: () => void;
}

export function CommuneDetailPanel({ index, detail: d, onClose }: Props) {
  const { m, f, locale, regionLevel } = useNtmText(index);
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening a commune (or another one) moves focus to the panel's heading, so a screen reader reads it next.
  useEffect(() => titleRef.current?.focus(), [d.code]);
  const text = (t: LocalisedText) => (locale === 'en' && t.en) || t.vi;
  const setLabel = d.criteriaSetLabel ? text(d.criteriaSetLabel) : m.detail.unknownSet({ id: d.criteriaSetId });

  return (
    <section
      className="ntm-detail"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="ntm-detail__head">
        <h4 id={titleId} ref={titleRef} tabIndex={-1}>
          {d.name}
        </h4>
        <button type="button" className="button button--small" aria-label={m.detail.closeLabel({ name: d.name })} onClick={onClose}>
          <span aria-hidden="true">✕ </span>
          {m.detail.close}
        </button>
      </div>
      <dl className="ntm-detail__facts">
        <div>
          <dt>{regionLevel}</dt>
          <dd>{d.regionName}</dd>
        </div>
        <div>
          <dt>{m.detail.level}</dt>
          <dd>
            <LevelLabel level={d.level} />
          </dd>
        </div>
        <div>
          <dt>{m.detail.year}</dt>
          <dd>{d.yearRecognised ?? m.detail.unknownYear}</dd>
        </div>
        <div>
          <dt>{m.detail.criteriaMet}</dt>
          <dd>
            {d.criteriaMet}/{d.criteriaTotal}
          </dd>
        </div>
        <div>
          <dt>{m.detail.criteriaSet}</dt>
          <dd>{setLabel}</dd>
        </div>
      </dl>
      <h5>{m.detail.criteriaHeading}</h5>
      {d.criteria ? (
        <ul className="ntm-detail__criteria">
          {d.criteria.map((c) => (
            <li key={String(c.id)} className={c.met ? 'ntm-criterion ntm-criterion--met' : 'ntm-criterion ntm-criterion--not-met'}>
              <span className="ntm-criterion__icon" aria-hidden="true">
                {c.met ? '✓' : '✕'}
              </span>{' '}
              <span className="ntm-criterion__name">{c.name ? `${c.id}. ${text(c.name)}` : m.detail.criterion({ id: c.id })}</span>
              {': '}
              <span className="ntm-criterion__status">{c.met ? m.detail.met : m.detail.notMet}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.detail.noCriteria}</p>
      )}
      <h5>{m.detail.historyHeading}</h5>
      <ol className="ntm-detail__history">
        {d.history.map((h, i) => (
          <li key={i}>
            <span className="ntm-detail__year">{h.year ?? m.detail.unknownYear}</span> <LevelLabel level={h.level} />
            {h.criteriaMet !== undefined && ` (${f.number(h.criteriaMet, 0)}/${d.criteriaTotal})`}
            {h.current && ` · ${m.detail.current}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
