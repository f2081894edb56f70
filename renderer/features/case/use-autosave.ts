import { useCallback, useEffect, useRef } from 'react';
import type { CaseRecord, MethodOutput } from '../../../shared/contract';
import { advisor } from '../../lib/advisor';
import { useDebouncedSave, type SaveState } from '../../lib/use-debounced-save';

export { BUSY_RETRY_DELAYS_MS, type SaveState } from '../../lib/use-debounced-save';

/**
 * Saves the intake draft shortly after each change, one save at a time, always the latest
 * version. A draft that validates becomes the case file; one that does not is kept as a draft.
 */
export function useAutosave(record: CaseRecord, draft: Record<string, unknown>, dirty: boolean, onSaved: (r: CaseRecord) => void): SaveState {
  // The revision each save expects: the record's, or the last save's answer if newer.
  const revision = useRef(record.revision);
  useEffect(() => {
    revision.current = record.revision;
  }, [record.revision]);
  const save = useCallback(
    (latest: Record<string, unknown>) => advisor('cases:save-draft', { id: record.id, expectedRevision: revision.current, draft: latest }),
    [record.id],
  );
  const settle = useCallback(
    (result: MethodOutput<'cases:save-draft'>): SaveState => {
      revision.current = result.record.revision;
      onSaved(result.record);
      return result.valid ? { kind: 'saved', at: new Date() } : { kind: 'draft', at: new Date(), issues: result.issues };
    },
    [onSaved],
  );
  return useDebouncedSave(draft, dirty, save, settle);
}
