import type { MemoWithSections } from '../../../shared/contract';

type Route = MemoWithSections['routes'][number];

/**
 * Which compared routes the memo discusses, and in what order: a checkbox per route, and Move up /
 * Move down for the routes discussed. The routes not ticked print as set aside.
 */
export function RouteChooser({ routes, discussed, onChange }: { routes: readonly Route[]; discussed: readonly string[]; onChange: (next: string[]) => void }) {
  const byId = new Map(routes.map(r => [r.programId, r]));
  const shown = [...discussed.flatMap(p => byId.get(p) ?? []), ...routes.filter(r => !discussed.includes(r.programId))];
  const move = (i: number, by: -1 | 1) => {
    const next = [...discussed];
    const [taken] = next.splice(i, 1);
    if (taken !== undefined) next.splice(i + by, 0, taken);
    onChange(next);
  };
  return (
    <fieldset className="route-chooser">
      <legend>Routes discussed, in the order they print</legend>
      <p className="hint">Routes not ticked print as “considered and set aside”.</p>
      <ol>
        {shown.map(r => {
          const i = discussed.indexOf(r.programId);
          const on = i >= 0;
          const name = `${r.name} (${r.country})`;
          return (
            <li key={r.programId} className={on ? 'discussed' : 'set-aside'}>
              <label>
                <input type="checkbox" checked={on} onChange={() => onChange(on ? discussed.filter(p => p !== r.programId) : [...discussed, r.programId])} /> {name}
              </label>
              {on && (
                <span className="order">
                  <button type="button" aria-label={`Move ${name} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑ Up
                  </button>
                  <button type="button" aria-label={`Move ${name} down`} disabled={i === discussed.length - 1} onClick={() => move(i, 1)}>
                    ↓ Down
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
