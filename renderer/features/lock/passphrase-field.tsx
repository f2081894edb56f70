import { useId } from 'react';
import { FieldFrame } from '../shell/field-frame';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null | undefined;
  hint?: string;
  autoFocus?: boolean;
  autoComplete: 'current-password' | 'new-password';
};

/** A passphrase input: never spell-checked (the checker would see it), never echoed. */
export function PassphraseField({ label, value, onChange, error, hint, autoFocus, autoComplete }: Props) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {aria => (
        <input
          {...aria}
          type="password"
          value={value}
          onChange={e => onChange(e.target.value)}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          spellCheck={false}
        />
      )}
    </FieldFrame>
  );
}
