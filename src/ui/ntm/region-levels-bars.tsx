// The stacked bars of the region chart, memoised: a selection change restyles them through CSS instead of redrawing.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { NTM_LEVELS } from '../../contract/values';
import type { RegionLevels } from '../../domain/ntm/by-region';
import type { Formatters } from '../../i18n/format';
import type { NtmMessages } from '../../i18n/messages-ntm';
import { GRID_COLOR, LEVEL_COLORS } from '../chart-colors';
import { plainTicks } from './chart-styles';

export interface BarRow extends RegionLevels {
  readonly label: string;
}

/** Each segment and axis label carries its row's position as a class, for the selection style (ntm-region-levels). */
const shape = (props: BarShapeProps) => <Rectangle {...props} className={`ntm-bar ntm-bar-${props.index}`} />;

interface Props {
  readonly data: readonly BarRow[];
  readonly m: NtmMessages;
  readonly f: Formatters;
  readonly onSelect: (regionId: string) => void;
}

export const RegionLevelsBars = memo(function RegionLevelsBars({ data, m, f, onSelect }: Props) {
  const ticks = useMemo(() => ({ x: plainTicks((v) => f.number(Number(v), 0)).x, y: plainTicks(String, 'ntm-tick').y }), [f]);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data as BarRow[]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
        <XAxis type="number" allowDecimals={false} interval={0} tick={ticks.x} />
        <YAxis type="category" dataKey="label" width={190} interval={0} tick={ticks.y} />
        <Tooltip formatter={(v) => f.number(Number(v), 0)} />
        {NTM_LEVELS.map((l) => (
          <Bar
            key={l}
            dataKey={l}
            name={m.level[l]}
            stackId="levels"
            fill={LEVEL_COLORS[l]}
            isAnimationActive={false}
            shape={shape}
            className="ntm-clickable"
            onClick={(d) => {
              const id = (d.payload as BarRow | undefined)?.regionId;
              if (id) onSelect(id);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
