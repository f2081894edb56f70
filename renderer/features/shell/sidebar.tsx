import type { View } from '../../lib/use-route';
import { VIEWS } from '../../lib/use-route';

const LABELS: Record<View, string> = {
  cases: 'Cases',
  intake: 'Intake',
  compare: 'Compare',
  memos: 'Memos',
  settings: 'Settings',
};

/** The main navigation. Plain links to in-page hashes, so the keyboard and screen readers just work. */
export function Sidebar({ current }: { current: View }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          IA
        </span>
        Immigration Advisor
      </div>
      <ul>
        {VIEWS.map(v => (
          <li key={v}>
            <a href={`#/${v}`} aria-current={v === current ? 'page' : undefined}>
              {LABELS[v]}
            </a>
          </li>
        ))}
      </ul>
      <p className="sidebar-note">Client data stays on this computer. The app makes no network requests.</p>
    </nav>
  );
}
