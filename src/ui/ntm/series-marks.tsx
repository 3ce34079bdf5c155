// What the NTM charts over the years share: the series' colours, the plot's margin and year axis, a bar per series
// and a goal line per target.
import { Bar, ReferenceLine } from 'recharts';
import type { NtmSeries } from '../../domain/ntm/progress';
import type { NtmTargetLine } from '../../domain/ntm/target-lines';
import type { NtmMessages } from '../../i18n/messages-ntm';
import { LEVEL_COLORS } from '../chart-colors';
import { GOAL_LINE_PROPS, goalLabel } from '../charts/marks';

/** A series has the colour of its lowest level: "advanced or higher" is drawn in the advanced colour. */
export const SERIES_COLOR: Record<NtmSeries, string> = {
  ntmOrHigher: LEVEL_COLORS.ntm,
  advancedOrHigher: LEVEL_COLORS.advanced,
  model: LEVEL_COLORS.model,
};
export const NTM_MARGIN = { top: 20, right: 12, bottom: 4, left: 0 };
/** No year is marked: the bars end at the selected year. */
export const NTM_YEARS = { selected: NaN, mark: String };

/** One bar per series, as elements placed straight inside a Recharts chart; `dataKey` picks the row's figure. */
export function seriesBars(series: readonly NtmSeries[], name: (s: NtmSeries) => string, dataKey: (s: NtmSeries) => string = String) {
  return series.map((s) => <Bar key={s} dataKey={dataKey(s)} name={name(s)} fill={SERIES_COLOR[s]} isAnimationActive={false} />);
}

/** One goal line per target, labelled with its series and its value (`value` formats it). */
export function targetLines(lines: readonly NtmTargetLine[], m: NtmMessages, value: (v: number) => string) {
  return lines.map((l) => (
    <ReferenceLine
      key={l.target.id}
      y={l.target.value}
      {...GOAL_LINE_PROPS}
      label={goalLabel(m.targetLine({ series: m.series[l.series], value: value(l.target.value) }))}
    />
  ));
}
