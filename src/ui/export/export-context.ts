// The view every download describes, given by the dashboard to the charts and tables below it. Apart from
// export-info.ts (what a download says, and its name), which loads with the sections.
import { createContext } from 'react';
import type { Meta } from '../../contract/meta';
import type { Locale } from '../../i18n/format';

export interface ExportInfo {
  readonly locale: Locale;
  /** "Toàn tỉnh" or the selected regions' names. */
  readonly scopeLabel: string;
  /** The selected regions' names (none for the whole province). */
  readonly regionNames: readonly string[];
  readonly year: number;
  readonly meta: Meta;
}

export const ExportInfoContext = createContext<ExportInfo | null>(null);
