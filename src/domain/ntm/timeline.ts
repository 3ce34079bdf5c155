// When a commune reached each NTM level: its record read once into the steps where its level changes.
import type { NtmCommune } from '../../contract/ntm';
import type { NtmLevel } from '../../contract/values';
import { LEVEL_RANK } from '../ntm-rules';

/** The levels a commune can be recognised at (everything but "none"), lowest first. */
export const REACHED_LEVELS = ['ntm', 'advanced', 'model'] as const;
export type ReachedLevel = (typeof REACHED_LEVELS)[number];

/** One point where `levelAt` may change; `since` is the first year of the run of this level. */
export interface NtmStep {
  readonly year: number;
  readonly level: NtmLevel;
  readonly criteriaMet?: number;
  readonly since?: number;
}

export interface NtmTimeline {
  /** Ascending change points of `levelAt`; a record without `yearRecognised` has one step at -Infinity (holds always). */
  readonly steps: readonly NtmStep[];
  /**
   * The first year the record dates the commune at this level or higher (a model commune is also advanced:
   * decision 319). Undefined when it never got there, or when no year is known.
   */
  readonly firstReached: Readonly<Record<ReachedLevel, number | undefined>>;
}

const timelines = new WeakMap<NtmCommune, NtmTimeline>();

function buildSteps(c: NtmCommune): NtmStep[] {
  const recognised = c.yearRecognised;
  if (recognised === undefined) return [{ year: -Infinity, level: c.level, criteriaMet: c.criteriaMet }];
  // levelAt uses history only before yearRecognised, and of two entries in one year the later one.
  const earlier = (c.history ?? []).filter((h) => h.year < recognised).sort((a, b) => a.year - b.year);
  const raw: NtmStep[] = [];
  for (const h of earlier) {
    const step = { year: h.year, level: h.level, criteriaMet: h.criteriaMet };
    if (raw.at(-1)?.year === h.year) raw[raw.length - 1] = step;
    else raw.push(step);
  }
  raw.push({ year: recognised, level: c.level, criteriaMet: c.criteriaMet });
  const steps: NtmStep[] = [];
  for (const s of raw) {
    const prev = steps[steps.length - 1];
    steps.push({ ...s, since: prev && prev.level === s.level ? prev.since : s.year });
  }
  return steps;
}

/** A record read once (cached per record object): its steps and the first year it reached each level. */
export function timelineOf(c: NtmCommune): NtmTimeline {
  const hit = timelines.get(c);
  if (hit) return hit;
  const steps = buildSteps(c);
  // Without yearRecognised the current level has no date, but the history entries still date earlier levels.
  const dated = c.yearRecognised === undefined ? (c.history ?? []) : steps;
  const firstReached: Record<ReachedLevel, number | undefined> = { ntm: undefined, advanced: undefined, model: undefined };
  for (const e of dated) {
    for (const level of REACHED_LEVELS) {
      const first = firstReached[level];
      if (LEVEL_RANK[e.level] >= LEVEL_RANK[level] && (first === undefined || e.year < first)) firstReached[level] = e.year;
    }
  }
  const timeline = { steps, firstReached };
  timelines.set(c, timeline);
  return timeline;
}

/** The step in force at the end of `year` (the same level as `levelAt`), or undefined before the first one. */
export function stepAt(t: NtmTimeline, year: number): NtmStep | undefined {
  let found: NtmStep | undefined;
  for (const s of t.steps) {
    if (s.year > year) break;
    found = s;
  }
  return found;
}
