// Over the years, one line per selected district (the top ones and "others" beyond eight), for each target of an
// area that can be computed per district. Plain SVG: names are in the legend under the plot, never on the lines.
import { useMemo } from 'react';
import type { TargetArea } from '../../contract/values';
import type { DocumentIndex } from '../../domain/document-index';
import { perDistrictTargets } from '../../domain/district-scorecard';
import { districtSeries, districtYears } from '../../domain/district-series';
import { regionNamesOf } from '../../domain/region-names';
import { metricOf } from '../../domain/metrics';
import { formatValue } from '../../i18n/describe-target';
import { describeGoalShort, shortName } from '../../i18n/describe-glance';
import { CATALOGUE } from '../../i18n/messages';
import { SCORECARD_MESSAGES } from '../../i18n/messages-scorecard';
import { useLocale } from '../../state/view-store';
import { ACCENT_COLORS, GRID_COLOR, TARGET_LINE_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import { byYear } from '../charts/columns';
import { linePath } from '../sparkline';
import type { Column } from '../data-table';
import './districts.css';

const COLORS = [...ACCENT_COLORS, '#3d3d3d', '#00727a'];
const OTHER_COLOR = '#6b7480';
/** Dash patterns repeat the colour's difference for readers who cannot tell the colours apart. */
const DASHES = ['', '8 4', '2 4', '10 4 2 4'];
const W = 600;
const H = 220;
const L = 48;
const R = 20;
const T = 10;
const B = 24;

interface Props {
  readonly index: DocumentIndex;
  readonly area: TargetArea;
  readonly regionIds: readonly string[];
  readonly year: number;
}

/** Every per-district target of the area, drawn per district; nothing when the area has none. */
export function DistrictLinesCharts({ index, area, regionIds, year }: Props) {
  const targets = useMemo(() => perDistrictTargets(index).filter((t) => t.area === area), [index, area]);
  const years = useMemo(() => districtYears(index, year), [index, year]);
  return targets.map((t) => <DistrictLinesChart key={t.id} index={index} targetId={t.id} regionIds={regionIds} years={years} />);
}

type Row = { readonly year: number; readonly values: readonly (number | null)[] };

function DistrictLinesChart({
  index,
  targetId,
  regionIds,
  years,
}: {
  index: DocumentIndex;
  targetId: string;
  regionIds: readonly string[];
  years: readonly number[];
}) {
  const locale = useLocale();
  const m = SCORECARD_MESSAGES[locale];
  const t = index.doc.targets.find((x) => x.id === targetId);
  const metric = t && metricOf(t);
  const series = useMemo(() => (metric ? districtSeries(index, metric, regionIds, years) : undefined), [index, metric, regionIds, years]);
  if (!t || !series || series.rows.length === 0) return null;
  const names = regionNamesOf(index);
  const keys = series.keys.map((k, i) => ({
    name: k.other ? m.others({ count: k.regionIds.length }) : (names.get(k.regionIds[0] ?? '') ?? ''),
    color: k.other ? OTHER_COLOR : (COLORS[i % COLORS.length] ?? OTHER_COLOR),
    dash: DASHES[i % DASHES.length] ?? '',
  }));
  const rows = series.rows;
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatValue(v, t.unit, locale));
  const values = rows.flatMap((r) => r.values.filter((v): v is number => v !== null));
  const top = t.unit === 'percent' ? 100 : Math.max(2, Math.ceil(Math.max(...values) / 2) * 2);
  const x = (i: number) => L + (rows.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (rows.length - 1));
  const y = (v: number) => T + (1 - v / top) * (H - T - B);
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1);
  const name = shortName(t, locale);
  const goal = t.unit === 'percent' ? t.value : undefined;
  const lastValues = last ? keys.map((k, i) => `${k.name} ${fmt(last.values[i])}`) : [];
  const columns: Column<Row>[] = [
    { key: 'year', label: CATALOGUE[locale].year, cell: (r) => String(r.year) },
    ...keys.map((k, i) => ({
      key: `k${i}`,
      label: k.name,
      numeric: true,
      cell: (r: Row) => fmt(r.values[i]),
      raw: (r: Row) => r.values[i] ?? '',
    })),
  ];
  return (
    <ChartFigure
      title={m.seriesTitle({ name, first, year: last?.year ?? first })}
      summary={m.seriesSummary({ year: last?.year ?? first, values: lastValues.join('; '), goal: describeGoalShort(t, locale) })}
      table={{ columns, rows, rowKey: byYear, fileName: `${t.id}-by-district` }}
      height={300}
      testId="district-lines"
    >
      <div className="district-lines">
        <svg viewBox={`0 0 ${W} ${H}`} className="district-lines__plot" aria-hidden="true" focusable="false">
          {[0, top / 2, top].map((v) => (
            <g key={v}>
              <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} stroke={GRID_COLOR} />
              <text x={L - 6} y={y(v) + 4} textAnchor="end" className="district-lines__tick">
                {fmt(v)}
              </text>
            </g>
          ))}
          {rows.map((r, i) => (
            <text key={r.year} x={x(i)} y={H - 6} textAnchor="middle" className="district-lines__tick">
              {r.year}
            </text>
          ))}
          {goal !== undefined && (
            <line x1={L} x2={W - R} y1={y(goal)} y2={y(goal)} stroke={TARGET_LINE_COLOR} strokeWidth={2} strokeDasharray="6 4" />
          )}
          {keys.map((k, ki) => (
            <path
              key={ki}
              data-series={k.name}
              d={linePath(
                rows.map((r) => r.values[ki]),
                x,
                y,
              )}
              fill="none"
              stroke={k.color}
              strokeWidth={2.5}
              strokeDasharray={k.dash}
            />
          ))}
        </svg>
        <ul className="district-lines__legend">
          {keys.map((k) => (
            <li key={k.name}>
              <svg width="24" height="10" aria-hidden="true" focusable="false">
                <line x1="1" y1="5" x2="23" y2="5" stroke={k.color} strokeWidth="3" strokeDasharray={k.dash} />
              </svg>
              {k.name}
            </li>
          ))}
          {goal !== undefined && (
            <li>
              <svg width="24" height="10" aria-hidden="true" focusable="false">
                <line x1="1" y1="5" x2="23" y2="5" stroke={TARGET_LINE_COLOR} strokeWidth="2" strokeDasharray="6 4" />
              </svg>
              {m.goalLine({ goal: describeGoalShort(t, locale) })}
            </li>
          )}
        </ul>
      </div>
    </ChartFigure>
  );
}
