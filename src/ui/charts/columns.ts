// The table columns every chart's table alternative is made of: a year, a count, a share.
import type { Column } from '../data-table';

/** The year of a row, as written on the axis unless `label` says otherwise ("đến 2020"). */
export function yearColumn<R extends { readonly year: number }>(title: string, label: (y: number) => string = String): Column<R> {
  return { key: 'year', label: title, cell: (r) => label(r.year) };
}

/** A count the row holds under `key`, formatted for the cell, as a number in the CSV. */
export function countColumn<R extends { readonly [P in K]: number }, K extends string>(
  key: K,
  title: string,
  format: (v: number) => string,
): Column<R> {
  return { key, label: title, numeric: true, cell: (r) => format(r[key]), raw: (r) => r[key] };
}

/** A share in percent (null when there is nothing to count): `none` in the cell, one decimal in the CSV. */
export function shareColumn<R>(
  key: string,
  title: string,
  value: (r: R) => number | null,
  format: (v: number) => string,
  none: string,
): Column<R> {
  return {
    key,
    label: title,
    numeric: true,
    cell: (r) => {
      const v = value(r);
      return v === null ? none : format(v);
    },
    raw: (r) => {
      const v = value(r);
      return v === null ? '' : Math.round(v * 10) / 10;
    },
  };
}

/** The key of a row of a chart over the years: its year. */
export const byYear = (r: { readonly year: number }) => String(r.year);

/** The key of a row of a chart by region: the region's id. */
export const byRegion = (r: { readonly regionId: string }) => r.regionId;
