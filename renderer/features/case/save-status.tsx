import type { SaveState } from './use-autosave';

/** The intake's save line: saving, saved, kept as a draft, or not saved with a way to try again. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `All changes saved at ${state.at.toLocaleTimeString()}`
        : state.kind === 'draft'
          ? `Saved as a draft at ${state.at.toLocaleTimeString()}: ${String(state.issues.length)} ${state.issues.length === 1 ? 'problem' : 'problems'} to fix. The case keeps its last complete version.`
          : state.kind === 'error'
            ? `Not saved: ${state.message.replace(/[.\s]*$/u, '.')} What you typed is still on this page.`
            : 'Changes are saved as you type.';
  return (
    <div className="save-line">
      <p className={`save-status save-${state.kind}`} role="status" aria-live="polite">
        {text}
      </p>
      {state.kind === 'error' && (
        <button type="button" onClick={state.retry}>
          Try saving again
        </button>
      )}
    </div>
  );
}
