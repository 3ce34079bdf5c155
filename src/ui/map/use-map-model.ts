// Everything the map shows for a measure and year, in words and colours: per-region paint, legend, summary, table.
import { useMemo } from 'react';
import type { DocumentIndex } from '../../domain/document-index';
import type { MapMeasure } from '../../domain/map-measures';
import { classify, extremes, measureByRegion, MEASURE_UNIT, type RegionValue } from '../../domain/region-map';
import { shortRegionName } from '../../domain/short-region-name';
import { formatters } from '../../i18n/format';
import { MAP_MESSAGES } from '../../i18n/messages-map';
import { useLocale } from '../../state/view-store';
import type { Column } from '../data-table';
import { classColors } from './map-colors';
import type { RegionPaint } from './map-svg';

export function useMapModel(index: DocumentIndex, measure: MapMeasure, year: number, selected: readonly string[]) {
  const locale = useLocale();
  const m = MAP_MESSAGES[locale];
  const f = formatters(locale);
  const level = index.doc.meta.geography.regionLevel;
  const regionLevel = (locale === 'en' && level.en) || level.vi;
  const levelLower = regionLevel.toLocaleLowerCase(locale);
  const unit = MEASURE_UNIT[measure];

  const values = useMemo(() => measureByRegion(index, measure, year), [index, measure, year]);
  const classification = useMemo(() => classify(values, unit), [values, unit]);
  const colors = useMemo(() => classColors(classification.classes.length), [classification]);

  return useMemo(() => {
    const format = (v: number) => (unit === 'percent' ? f.percent(v, 1) : f.number(v, 0));
    const valueText = (v: RegionValue) => (v.value === null ? m.noData : format(v.value));
    const paint = new Map<string, RegionPaint>(
      values.map((v) => {
        const k = classification.classOf.get(v.regionId);
        const label = v.value === null ? `${v.name}: ${m.noData}` : m.regionValue[measure]({ name: v.name, value: format(v.value) });
        return [
          v.regionId,
          { fill: k === undefined ? null : (colors[k] ?? null), label, shortName: shortRegionName(v.name, true), valueText: valueText(v) },
        ];
      }),
    );

    const ends = extremes(values, f.compare);
    const names = (list: readonly string[]) => f.list(list.map((n) => shortRegionName(n)));
    let summary = !ends
      ? m.summaryNone({ level: levelLower })
      : ends.max.value === ends.min.value
        ? m.summaryEqual({ level: levelLower, value: format(ends.max.value) })
        : m.summary[measure]({
            max: names(ends.max.names),
            maxValue: format(ends.max.value),
            min: names(ends.min.names),
            minValue: format(ends.min.value),
          });
    if (ends && classification.noData > 0) summary += m.noDataCount({ count: f.number(classification.noData, 0), level: levelLower });

    const bounds = (lower: number, upper: number) =>
      unit === 'percent'
        ? `${f.number(lower, 1)}–${f.percent(upper, 1)}`
        : lower === upper
          ? f.number(lower, 0)
          : `${f.number(lower, 0)}–${f.number(upper, 0)}`;

    const chosen = new Set(selected);
    const rows = [...values].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || f.compare(a.name, b.name));
    const columns: Column<RegionValue>[] = [
      { key: 'region', label: regionLevel, cell: (r) => r.name },
      {
        key: 'value',
        label: m.column.value[measure],
        numeric: true,
        cell: valueText,
        raw: (r) => (r.value === null ? '' : Math.round(r.value * 10) / 10),
      },
      { key: 'selected', label: m.column.selected, cell: (r) => (chosen.has(r.regionId) ? m.selected : '') },
    ];

    return {
      m,
      regionLevel,
      levelLower,
      paint,
      summary,
      classification,
      colors,
      bounds,
      regionsText: (count: number) => m.legendRegions({ count: f.number(count, 0), level: levelLower }),
      rows,
      columns,
    };
  }, [values, classification, colors, measure, unit, selected, m, f, regionLevel, levelLower]);
}
