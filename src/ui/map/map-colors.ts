// The map's classed colour scale: sequential blues, each ≥ 3:1 against white except the lightest (drawn with a dark outline).
/** Lightest first; contrast with white: 1.34, 3.47, 4.95, 8.3, 13.55. */
export const CLASS_COLORS = ['#cfe1f2', '#4a8fc7', '#2f73b5', '#1a4f8a', '#0b2e59'] as const;
/** Outline of the lightest class and of regions with no data, and of the legend's swatches. */
export const LIGHT_OUTLINE = '#374151';
/** Lines of the no-data hatching (4.8:1 against white). */
export const HATCH_COLOR = '#6b7280';

/** Colours for `count` classes, spread over the scale so that fewer classes still run from light to dark. */
export function classColors(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [CLASS_COLORS[2]];
  const last = CLASS_COLORS.length - 1;
  return Array.from({ length: count }, (_, i): string => CLASS_COLORS[Math.round((i * last) / (count - 1))] ?? CLASS_COLORS[4]);
}
