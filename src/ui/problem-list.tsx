// A document's problems, each with its JSON path and what is wrong, as the load-error panel and the file preview show them.
import type { Problem } from '../data/document-problems';
import { describeProblem } from '../i18n/describe';
import { CATALOGUE } from '../i18n/messages';
import { useLocale } from '../state/view-store';

const SHOWN = 50;

export function ProblemList({ problems, total }: { problems: readonly Problem[]; total: number }) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  return (
    <>
      <ol className="problem-list">
        {problems.slice(0, SHOWN).map((p, i) => {
          const { path, message } = describeProblem(p, locale);
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
