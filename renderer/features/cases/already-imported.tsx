import type { PreviousImport } from '../../../shared/contract';
import { UserText } from './user-text';

/** `29 Nov 2026` from an ISO timestamp, on the user's calendar. */
const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * The import dialog's files were imported before: which, when, and the cases they made. Nothing is
 * imported unless the user asks for the cases a second time; not importing is the default button.
 */
export function AlreadyImported({ previous, onImportAgain, onCancel }: { previous: readonly PreviousImport[]; onImportAgain: () => void; onCancel: () => void }) {
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="already-imported-title" aria-describedby="already-imported-list">
      <p id="already-imported-title">
        <strong>Imported before.</strong> Nothing was imported: importing these files again would make their cases a second time.
      </p>
      <ul id="already-imported-list">
        {previous.map((p, i) => (
          <li key={i}>
            <UserText>{p.file}</UserText>
            {p.importedAt === '' ? (
              <>
                {' '}
                holds the same content as <UserText>{p.importedAs}</UserText>, also chosen now.
              </>
            ) : (
              <>
                {p.importedAs === p.file ? '' : <> (as <UserText>{p.importedAs}</UserText>)</>} was imported on {day(p.importedAt)} as{' '}
                {p.cases.map((c, k) => (
                  <span key={c.reference}>
                    {k > 0 ? ', ' : ''}
                    {c.reference} <UserText>{c.clientName}</UserText>
                    {c.trashed ? ' (in the Trash)' : ''}
                  </span>
                ))}
                .
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" onClick={onCancel} autoFocus>
          Don’t import
        </button>
        <button type="button" onClick={onImportAgain}>
          Import again anyway
        </button>
      </div>
    </div>
  );
}
