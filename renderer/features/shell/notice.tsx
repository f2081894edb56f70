import type { ReactNode } from 'react';

/** A confirmation line (saved, imported, opened…), announced politely to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}
