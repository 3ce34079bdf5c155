// The craft-village goal in words ("1–2 làng nghề"), shared by the section and its slide.
import type { Target } from '../../contract/targets';
import { describeGoal } from '../../i18n/describe-target';
import type { Formatters, Locale } from '../../i18n/format';
import type { CraftMessages } from '../../i18n/messages-craft';

export function craftGoalText(goal: Target | undefined, m: CraftMessages, f: Formatters, locale: Locale): string {
  if (!goal) return '';
  const n = (v: number) => f.number(v, 0);
  return goal.comparison === 'between'
    ? m.goalRange({ value: n(goal.value), max: n(goal.valueMax ?? goal.value) })
    : describeGoal(goal, locale);
}
