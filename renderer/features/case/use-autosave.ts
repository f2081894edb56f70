import { useEffect, useRef, useState } from 'react';
import type { CaseRecord } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/validation';
import { advisor, errorMessage } from '../../lib/advisor';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'draft'; at: Date; issues: FieldIssue[] }
  | { kind: 'error'; message: string };

/** How long typing may pause before the draft is written; "within about a second" end to end. */
const DEBOUNCE_MS = 500;

/**
 * Saves the intake draft shortly after each change, one save at a time, always the latest
 * version. A draft that validates becomes the case file; one that does not is kept as a draft.
 */
export function useAutosave(record: CaseRecord, draft: Record<string, unknown>, dirty: boolean, onSaved: (r: CaseRecord) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const revision = useRef(record.revision);
  const latest = useRef(draft);
  const inFlight = useRef(false);
  const again = useRef(false);

  // Declared before the save effect, so it has run by the time a save reads the refs.
  useEffect(() => {
    latest.current = draft;
    revision.current = record.revision;
  }, [draft, record.revision]);

  useEffect(() => {
    if (!dirty) return;
    const save = async (): Promise<void> => {
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      setState({ kind: 'saving' });
      try {
        const result = await advisor('cases:save-draft', { id: record.id, expectedRevision: revision.current, draft: latest.current });
        revision.current = result.record.revision;
        onSaved(result.record);
        setState(result.valid ? { kind: 'saved', at: new Date() } : { kind: 'draft', at: new Date(), issues: result.issues });
      } catch (err) {
        setState({ kind: 'error', message: errorMessage(err) });
      } finally {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          void save();
        }
      }
    };
    const timer = setTimeout(() => void save(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // The draft object changes on every edit; that is the trigger.
  }, [draft, dirty, record.id, onSaved]);

  return state;
}
