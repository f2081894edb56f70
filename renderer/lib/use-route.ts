import { useEffect, useState } from 'react';

/** The views in the main navigation, in order. */
export const VIEWS = ['cases', 'intake', 'compare', 'memos', 'settings'] as const;
export type View = (typeof VIEWS)[number] | 'case' | 'memo' | 'affected';
/**
 * `saved`: a saved comparison of the case (`#/compare/<case>/saved/<snapshot>`); `field`: the DOM
 * id of the intake control to bring into view (`#/case/<case>/field/<control>`).
 */
export type Route = { view: View; id: string | null; saved?: string; field?: string };

function readRoute(): Route {
  const [name = '', id = null, sub, subId] = window.location.hash.replace(/^#\/?/, '').split('/');
  if (name === 'case' && id) return sub === 'field' && subId ? { view: 'case', id, field: subId } : { view: 'case', id };
  if (name === 'compare' && id) return sub === 'saved' && subId ? { view: 'compare', id, saved: subId } : { view: 'compare', id };
  if (name === 'memo' && id) return { view: 'memo', id };
  if (name === 'affected') return { view: 'affected', id: null };
  return { view: (VIEWS as readonly string[]).includes(name) ? (name as View) : 'cases', id: null };
}

/**
 * The current view, kept in the URL hash so a reload (or an app restart on the same page) returns
 * to it. Hash changes are in-page, so the main process's navigation guard is not involved.
 */
export function useRoute(): [Route, (view: View, id?: string) => void] {
  const [route, setRoute] = useState<Route>(readRoute);
  useEffect(() => {
    const onChange = () => setRoute(readRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (view, id) => (window.location.hash = id ? `#/${view}/${id}` : `#/${view}`)];
}
