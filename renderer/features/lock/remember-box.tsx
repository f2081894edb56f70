/** "Remember on this computer", shown only where the OS can keep the passphrase safe. */
export function RememberBox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={checked} onChange={e => onChange(e.target.checked)} />
        Remember on this computer
      </label>
      <span className="hint">
        The operating system’s keychain keeps it, and the app then opens without asking. Anyone who can sign in to this computer
        account can then open the cases; after an auto-lock the passphrase is still asked for.
      </span>
    </div>
  );
}
