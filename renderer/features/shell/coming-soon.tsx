import type { ReactNode } from 'react';

/** A view that is planned but not built: says so plainly and offers nothing that looks usable. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="view-title">
      <h1 id="view-title">{title}</h1>
      <div className="coming-soon" role="note">
        <strong>Not available yet.</strong>
        <p>{children}</p>
      </div>
    </section>
  );
}
