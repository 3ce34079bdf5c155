// A document's problems, each with its JSON path (or, from a workbook, its sheet, row and column) and what is wrong,
// as the load-error panel and the file preview show them.
import type { Problem } from '../data/document-problems';
import type { PlacedProblem } from '../data/workbook/import-workbook';
import { describeProblem } from '../i18n/describe-problem';
import { describePlacedProblem } from '../i18n/describe-workbook';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';

const SHOWN = 50;
const placed = ({ place, message }: { place: string; message: string }) => ({ path: place, message });

export function ProblemList({ problems, total }: { problems: readonly (Problem | PlacedProblem)[]; total: number }) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  return (
    <>
      <ol className="problem-list">
        {problems.slice(0, SHOWN).map((p, i) => {
          // A workbook's problem is placed by sheet, row and column, as the import command words it.
          const { path, message } = 'source' in p ? placed(describePlacedProblem(p, locale)) : describeProblem(p, locale);
          return (
            <li key={i}>
              <code>{path}</code>: {message}
            </li>
          );
        })}
      </ol>
      {total > SHOWN && <p>{m.error.moreProblems({ count: total - SHOWN })}</p>}
    </>
  );
}
