// What the map can colour the regions by (the URL's `measure=` keeps the choice).

export const MAP_MEASURES = ['ocop-recognised', 'ntm-advanced-share', 'craft-recognised'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
