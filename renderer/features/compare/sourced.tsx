import { useId, type ReactNode } from 'react';
import { useCatalogue } from '../../lib/use-catalogue';

/**
 * A figure with its provenance: the source's title, as-of date and confidence show on hover and on
 * keyboard focus. Figures resting on a reported or unconfirmed source carry a visible mark.
 */
export function Sourced({ sourceIds, children }: { sourceIds: readonly (string | undefined)[]; children: ReactNode }) {
  const id = useId();
  const catalogue = useCatalogue();
  const sources = [...new Set(sourceIds.filter((s): s is string => !!s))].map(s => catalogue.sourceById(s)).filter(s => s !== undefined);
  if (sources.length === 0) return <>{children}</>;
  const weakest = sources.some(s => s.confidence === 'unconfirmed') ? 'unconfirmed' : sources.some(s => s.confidence === 'reported') ? 'reported' : null;
  return (
    <span className="sourced" tabIndex={0} aria-describedby={id}>
      {children}
      {weakest && <span className={`confidence-mark ${weakest}`}>{weakest}</span>}
      <span role="tooltip" id={id} className="source-tip">
        {sources.map(s => (
          <span key={s.id} className="source-line">
            {s.title} · as of {s.asOf} · {s.confidence}
          </span>
        ))}
      </span>
    </span>
  );
}
