import { useEffect, useState } from 'react';

/** The views of the app shell, in navigation order. */
export const VIEWS = ['cases', 'intake', 'compare', 'memos', 'settings'] as const;
export type View = (typeof VIEWS)[number];

function readView(): View {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : 'cases';
}

/**
 * The current view, kept in the URL hash so a reload (or an app restart on the same page) returns
 * to it. Hash changes are in-page, so the main process's navigation guard is not involved.
 */
export function useRoute(): [View, (view: View) => void] {
  const [view, setView] = useState<View>(readView);
  useEffect(() => {
    const onChange = () => setView(readView());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [view, (next: View) => (window.location.hash = `#/${next}`)];
}
