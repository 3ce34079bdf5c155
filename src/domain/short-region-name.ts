// How a region is named where space is short: charts' axes, map labels, the status lines.

/**
 * A region's name without the "Huyện " prefix (the common case needs no prefix); with `abbreviate`, for map
 * labels, "Thành phố"/"Thị xã" become "TP."/"TX.".
 */
export function shortRegionName(name: string, abbreviate = false): string {
  const trimmed = name.trim();
  if (/^Huyện\s+/u.test(trimmed)) return trimmed.replace(/^Huyện\s+/u, '');
  if (abbreviate) return trimmed.replace(/^Thành phố\s+/u, 'TP. ').replace(/^Thị xã\s+/u, 'TX. ');
  return trimmed;
}
