/**
 * Compare and the memo never work from older facts silently. While the intake holds a draft with
 * problems, the case as last saved whole is what they use: a banner says so, names each problem
 * (linked to its field in the intake) and the time of the version used, and saving or writing a
 * memo asks first.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { draftProblems, problemCount, type DraftProblem } from '../../../shared/compare/draft-problems';
import type { CaseRecord } from '../../../shared/contract';
import { formatSavedAt } from '../../lib/format';
import { fieldTarget } from '../intake/targets';

/** The intake's unsaved problems and the version of the case in use instead. */
export type OlderFacts = { caseSavedAt: string; problems: (DraftProblem & { href: string })[] };

/** Problems listed in the banner; the rest are counted, and all are in the intake. */
const SHOWN = 5;

/** Null when the case in use is the newest version the intake holds. */
export function olderFacts(record: CaseRecord): OlderFacts | null {
  const draft = record.draft;
  if (!draft || draft.issues.length === 0) return null;
  return {
    caseSavedAt: record.updatedAt,
    problems: draftProblems(draft.issues, record.caseFile).map(p => ({
      ...p,
      // The draft, not the saved file: it decides which control the field is asked through.
      href: `#/case/${record.id}/field/${fieldTarget(p.field, draft.data)}`,
    })),
  };
}

function ProblemLink({ p }: { p: OlderFacts['problems'][number] }) {
  return <a href={p.href}>{p.text}</a>;
}

/** "These results use the case as saved at 07:15. The intake has 1 problem: Funds … — missing." */
export function StaleBanner({ facts, subject = 'These results use' }: { facts: OlderFacts | null; subject?: string }) {
  if (!facts) return null;
  const { problems } = facts;
  const first = problems[0];
  return (
    <section className="stale-banner" aria-label="Older facts in use">
      <p>
        <strong>
          {subject} the case as saved at {formatSavedAt(facts.caseSavedAt)}.
        </strong>{' '}
        The intake has {problemCount(problems.length)}
        {problems.length === 1 && first ? (
          <>
            : <ProblemLink p={first} />.
          </>
        ) : (
          ':'
        )}
      </p>
      {problems.length > 1 && (
        <ul>
          {problems.slice(0, SHOWN).map(p => (
            <li key={p.field}>
              <ProblemLink p={p} />
            </li>
          ))}
          {problems.length > SHOWN && <li>and {problems.length - SHOWN} more in the intake</li>}
        </ul>
      )}
      <p className="muted">Fix {problems.length === 1 ? 'it' : 'them'} in the intake and Compare uses the newest facts at once.</p>
    </section>
  );
}

/**
 * The explicit question before acting on older facts. Focus moves to it, so a keyboard user
 * answers it next; Escape or Cancel keeps everything as it was.
 */
export function ConfirmOlder({ children, confirmLabel, onConfirm, onCancel }: { children: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div
      className="confirm-older"
      role="alertdialog"
      aria-label="Confirm using an older version"
      onKeyDown={e => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p>{children}</p>
      <button ref={button} type="button" className="primary" onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
