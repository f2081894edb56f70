import { useId, useState } from 'react';
import { ROLE_WORDS, strengthInWords } from '../../../shared/conflict-words';
import type { ConflictHit } from '../../../shared/contract';
import { localDate } from '../../../shared/dates';
import { formatDate, useDateFormat } from '../../lib/date-format';
import { UserText } from '../cases/user-text';

/** A stored timestamp as a date in the chosen format: "3 December 2026". */
export function useWhen(): (iso: string) => string {
  const format = useDateFormat();
  return iso => formatDate(localDate(new Date(iso)), format);
}

type Props = {
  hit: ConflictHit;
  onDecide: (resolution: 'cleared' | 'conflict' | 'unresolved', note: string) => void;
  onSamePerson: () => void;
};

/** Whose name matched, with a link to that matter: "the client of matter 2026-0001, 李伟". */
function Matched({ hit }: { hit: ConflictHit }) {
  return (
    <>
      {ROLE_WORDS[hit.role]} of matter <a href={`#/case/${hit.caseId}`}>{hit.reference}</a>,{' '}
      <strong>
        <UserText>{hit.matchedName}</UserText>
      </strong>
    </>
  );
}

/**
 * One possible match. Undecided: its strength, reasons and the three choices. Decided: one line
 * saying who decided what and when, with Undo; a conflict stays red, as the attorney must act on it.
 */
export function ConflictHitView({ hit, onDecide, onSamePerson }: Props) {
  const when = useWhen();
  const [note, setNote] = useState('');
  const id = useId();
  const by = hit.resolvedBy && hit.resolvedAt ? ` by ${hit.resolvedBy} on ${when(hit.resolvedAt)}` : '';
  const noteLine = hit.note && <span className="conflict-note"> Note: <UserText>{hit.note}</UserText></span>;
  const undo = (
    <button type="button" className="link-button" onClick={() => onDecide('unresolved', '')} aria-label={`Undo the decision on ${hit.reference}`}>
      Undo
    </button>
  );

  if (hit.resolution === 'cleared') {
    return (
      <li className="conflict-hit conflict-cleared">
        Cleared{by}: <Matched hit={hit} />.{noteLine} {undo}
      </li>
    );
  }
  if (hit.resolution === 'same-person') {
    return (
      <li className="conflict-hit conflict-cleared">
        Same person{by}: <Matched hit={hit} />. This matter was moved to that client.{noteLine}
      </li>
    );
  }
  if (hit.resolution === 'conflict') {
    return (
      <li className="conflict-hit conflict-recorded">
        <p>
          <strong>Conflict</strong>
          {by}: <Matched hit={hit} />.{noteLine}
        </p>
        <p>
          The firm may not be able to act for this client. Do not advise until an attorney has decided whether to decline the matter or
          act with the informed consent of everyone concerned. {undo}
        </p>
      </li>
    );
  }
  return (
    <li className={`conflict-hit conflict-open${hit.current ? '' : ' conflict-stale'}`} aria-labelledby={`${id}-strength`}>
      <p id={`${id}-strength`} className="conflict-strength">
        <strong>{strengthInWords(hit)}</strong>
      </p>
      <p>
        With <Matched hit={hit} />
        {!hit.current && ' (not found by the latest check)'}
      </p>
      {/* The first two reasons are in the strength line above. */}
      {hit.reasons.length > 2 && (
        <ul className="conflict-reasons" aria-label="Other reasons">
          {hit.reasons.slice(2).map(r => (
            <li key={r}>
              <UserText>{r}</UserText>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea id={`${id}-note`} rows={1} value={note} onChange={e => setNote(e.target.value)} />
      <div className="conflict-choices" role="group" aria-label={`Decision on ${hit.reference}`}>
        <button type="button" onClick={() => onDecide('cleared', note)}>
          Cleared
        </button>
        <button type="button" className="danger" onClick={() => onDecide('conflict', note)}>
          Conflict
        </button>
        {hit.role === 'client' && (
          <button type="button" onClick={onSamePerson}>
            Same person
          </button>
        )}
      </div>
    </li>
  );
}
