// The two yearly shares of the OCOP section (rated 3★+, maintained or upgraded): their row fields, texts and colour.
import type { OcopMessages } from '../../i18n/messages-ocop';
import { ACCENT_COLORS } from '../chart-colors';

type Years = OcopMessages['years'];

/** Which share: its row fields and its texts. */
export interface ShareSpec {
  readonly id: string;
  readonly share: 'ratedShare' | 'maintainedShare';
  readonly part: 'ratedThreePlus' | 'maintained';
  readonly whole: 'rated' | 'due';
  readonly title: Years['ratedTitle'];
  readonly series: string;
  readonly partLabel: string;
  readonly wholeLabel: string;
  /** Said in the table for a year with nothing to count, and under its tick. */
  readonly none: string;
  readonly noneTick: string;
  readonly summary: Years['ratedSummary'];
  readonly summaryNone: Years['ratedSummaryNone'];
  readonly color: string;
}

/** The two shares of the section, in the shape the chart takes. */
export function shareSpecs(m: OcopMessages): { rated: ShareSpec; maintained: ShareSpec } {
  return {
    rated: {
      id: 'rated-3plus-share',
      share: 'ratedShare',
      part: 'ratedThreePlus',
      whole: 'rated',
      title: m.years.ratedTitle,
      series: m.years.ratedSeries,
      partLabel: m.years.ratedThreePlus,
      wholeLabel: m.years.rated,
      none: m.years.noRatings,
      noneTick: m.years.noRatingsTick,
      summary: m.years.ratedSummary,
      summaryNone: m.years.ratedSummaryNone,
      color: ACCENT_COLORS[0],
    },
    maintained: {
      id: 'maintained-upgraded-share',
      share: 'maintainedShare',
      part: 'maintained',
      whole: 'due',
      title: m.years.maintainedTitle,
      series: m.years.maintainedSeries,
      partLabel: m.years.maintained,
      wholeLabel: m.years.due,
      none: m.years.noDue,
      noneTick: m.years.noDueTick,
      summary: m.years.maintainedSummary,
      summaryNone: m.years.maintainedSummaryNone,
      color: ACCENT_COLORS[2],
    },
  };
}
