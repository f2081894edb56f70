/**
 * The sidebar's way to "Affected by rule changes", with the number of cases when there are any.
 * In the sidebar rather than the case list: a pack or a firm figure is changed from Settings, and the
 * count must be in sight wherever the attorney is when it appears.
 */
import { useEffect, useState } from 'react';
import { advisor } from '../../lib/advisor';

/** Fired on window when the list may have changed (a fresh comparison made, a figure changed). */
export const AFFECTED_CHANGED = 'advisor:affected-changed';

export function AffectedLink({ current, refreshKey }: { current: boolean; refreshKey: string }) {
  const [count, setCount] = useState<number | null>(null);
  const [changed, setChanged] = useState(0);
  useEffect(() => {
    const bump = () => setChanged(n => n + 1);
    window.addEventListener(AFFECTED_CHANGED, bump);
    return () => window.removeEventListener(AFFECTED_CHANGED, bump);
  }, []);
  // Asked again on every move between views: cheap, the main process keeps each comparison's check.
  useEffect(() => {
    let live = true;
    advisor('rules:affected', {})
      .then(r => live && setCount(r.cases.length))
      // Unknown is not zero: no badge, and the view itself says what went wrong.
      .catch(() => live && setCount(null));
    return () => {
      live = false;
    };
  }, [refreshKey, changed]);
  return (
    <a href="#/affected" aria-current={current ? 'page' : undefined} className="affected-link">
      Affected by rule changes{' '}
      {count !== null && count > 0 && (
        <span className="affected-count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{`${String(count)} ${count === 1 ? 'case' : 'cases'}`}</span>
        </span>
      )}
    </a>
  );
}
