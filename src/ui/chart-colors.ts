// Chart colours: each at least 3:1 against white, told apart by lightness as well as hue (colour-blind safe).
export const STAR_COLORS = { 3: '#4a8fc7', 4: '#1f5f99', 5: '#0b2e59' } as const;
export const LEVEL_COLORS = { none: '#6b7480', ntm: '#00855f', advanced: '#0072b2', model: '#6a3d9a' } as const;
export const ACCENT_COLORS = ['#0072b2', '#c85200', '#00855f', '#6a3d9a', '#8c6d00', '#b3265c'] as const;
export const TARGET_LINE_COLOR = '#111827';
export const GRID_COLOR = '#d1d5db';
export const AXIS_TEXT_COLOR = '#374151';
