// A commune's NTM level as a shape and a word, never by colour alone.
import type { NtmLevel } from '../../contract/values';
import { NTM_MESSAGES } from '../../i18n/messages-ntm';
import { useLocale } from '../../state/view-store';
import { LEVEL_COLORS } from '../chart-colors';

export function LevelLabel({ level }: { level: NtmLevel }) {
  const m = NTM_MESSAGES[useLocale()];
  return (
    <span className="ntm-level">
      <span className="ntm-level__icon" aria-hidden="true" style={{ color: LEVEL_COLORS[level] }}>
        {m.levelIcon[level]}
      </span>{' '}
      {m.level[level]}
    </span>
  );
}
