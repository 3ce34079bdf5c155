// Which figures the left-out records would have counted in: the rule behind the "*" beside a figure.
//
// A left-out record touches a figure when (1) the figure is computed from the record's block (METRIC_INPUTS)
// and (2) the record belongs to a region the figure covers, or its region cannot be told (it could belong
// anywhere), or the figure reads that block across regions (a craft village in one region counts a product
// of its subject in any region). A left-out target touches its area's tally. Years are not used: a bad
// record's year may be the bad value itself.
import type { Exclusions } from '../contract/exclusions';
import type { RecordBlock } from '../contract/record-blocks';
import type { TargetArea } from '../contract/values';
import type { Overview } from './overview';
import type { TargetEvaluation } from './target-status';

/** A block a figure reads, in the figure's regions or (`anyRegion`) wherever its records are. */
export type Input = RecordBlock | { readonly block: RecordBlock; readonly anyRegion: true };

const PRODUCTS: readonly Input[] = ['ocop.products'];
const NTM: readonly Input[] = ['ntm.communes'];
/** Villages of the scope, with their subjects' products wherever those are. */
const VILLAGES_WITH_PRODUCTS: readonly Input[] = [
  'craftVillages',
  { block: 'ocop.products', anyRegion: true },
  { block: 'ocop.subjects', anyRegion: true },
];

/** The blocks each metric is computed from (communes and regions only place records; their removal carries on). */
export const METRIC_INPUTS: Readonly<Record<string, readonly Input[]>> = {
  'ocop.rated-3plus-share': PRODUCTS,
  'ocop.recognised-count': PRODUCTS,
  'ocop.five-star-count': PRODUCTS,
  'ocop.maintained-upgraded-share': PRODUCTS,
  'ocop.subjects-developed-count': PRODUCTS,
  'ocop.modern-channel-subject-share': ['ocop.products', 'ocop.subjects'],
  'ntm.ntm-or-higher-count': NTM,
  'ntm.ntm-or-higher-share': NTM,
  'ntm.advanced-or-higher-count': NTM,
  'ntm.advanced-or-higher-share': NTM,
  'ntm.model-count': NTM,
  'ntm.model-share': NTM,
  'craft.recognised-count': ['craftVillages'],
  'craft.villages-with-3plus-product': VILLAGES_WITH_PRODUCTS,
  reported: [],
};

/** The blocks each dashboard section draws from. */
export const SECTION_INPUTS: Readonly<Record<string, readonly Input[]>> = {
  map: ['ntm.communes', ...VILLAGES_WITH_PRODUCTS],
  ocop: ['ocop.products', 'ocop.subjects'],
  ntm: NTM,
  craft: VILLAGES_WITH_PRODUCTS,
};

/**
 * Left-out records of these blocks that belong to the regions (null or empty: the whole province), to no
 * known region, or to any region for an `anyRegion` input. Each record counts once.
 */
export function excludedIn(exclusions: Exclusions, inputs: readonly Input[], regionIds: readonly string[] | null): number {
  const wide = new Set<RecordBlock>();
  const local = new Set<RecordBlock>();
  for (const input of inputs) {
    if (typeof input === 'string') local.add(input);
    else wide.add(input.block);
  }
  const whole = !regionIds || regionIds.length === 0;
  let n = 0;
  for (const block of new Set([...wide, ...local])) {
    const b = exclusions.blocks[block];
    if (!b) continue;
    if (whole || wide.has(block)) n += b.count;
    else {
      n += b.unplaced;
      for (const r of new Set(regionIds)) n += b.byPlace[r] ?? 0;
    }
  }
  return n;
}

/** The scope a target's figures cover: the status is judged there and the shown value is part of it. */
const judgedRegions = (e: TargetEvaluation, regionIds: readonly string[]) => (e.judgedOn === 'province' ? null : regionIds);

/** Left-out records a target's figures would have counted (an unknown metric counts none: it shows no figure). */
export function excludedForTarget(exclusions: Exclusions, e: TargetEvaluation, regionIds: readonly string[]): number {
  return excludedIn(exclusions, METRIC_INPUTS[e.target.metric] ?? [], judgedRegions(e, regionIds));
}

/** Left-out targets of an area, or whose area cannot be told. */
export function excludedTargets(exclusions: Exclusions, area: TargetArea): number {
  const b = exclusions.blocks.targets;
  return b ? (b.byPlace[area] ?? 0) + b.unplaced : 0;
}

export interface FigureMarks {
  /** Per target id: left-out records its figures would have counted. */
  readonly byTarget: ReadonlyMap<string, number>;
  /** Per area: left-out records behind any of its figures, plus its left-out targets (its tally). */
  readonly byArea: ReadonlyMap<TargetArea, number>;
  /** Left-out records behind any figure of the overview, and left-out targets. */
  readonly total: number;
}

function excludedForRows(exclusions: Exclusions, rows: readonly { evaluation: TargetEvaluation }[], regionIds: readonly string[]): number {
  const blocks = rows.flatMap((r) => METRIC_INPUTS[r.evaluation.target.metric] ?? []);
  const province = rows.some((r) => r.evaluation.judgedOn === 'province' && (METRIC_INPUTS[r.evaluation.target.metric] ?? []).length > 0);
  return excludedIn(exclusions, blocks, province ? null : regionIds);
}

/** The marks of an overview's figures for a view (regionIds empty: the whole province). */
export function figureMarks(exclusions: Exclusions, overview: Overview, regionIds: readonly string[]): FigureMarks {
  const byTarget = new Map<string, number>();
  const byArea = new Map<TargetArea, number>();
  if (exclusions.total === 0) return { byTarget, byArea, total: 0 };
  for (const g of overview.groups) {
    for (const r of g.rows) byTarget.set(r.evaluation.target.id, excludedForTarget(exclusions, r.evaluation, regionIds));
    byArea.set(g.area, excludedForRows(exclusions, g.rows, regionIds) + excludedTargets(exclusions, g.area));
  }
  const rows = overview.groups.flatMap((g) => g.rows);
  const total = excludedForRows(exclusions, rows, regionIds) + (exclusions.blocks.targets?.count ?? 0);
  return { byTarget, byArea, total };
}
