import type { ReactNode } from 'react';

/** The attributes that tie a control to its label, hint and error for screen readers. */
export type AriaProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  wide?: boolean | undefined;
  /** Extra classes for the field's box (layout only). */
  className?: string | undefined;
  children: (aria: AriaProps) => ReactNode;
};

/** Label, control, hint and error, wired for screen readers: every form field in the app. */
export function FieldFrame({ id, label, hint, error, wide, className, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' invalid' : ''}${wide ? ' wide' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** A failure to show above or below a form, announced at once. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <p className="error" role="alert">
      {children}
    </p>
  );
}
