import { VIEWS } from '../../lib/use-route';
import { useVault } from '../lock/vault-gate';
import { AffectedLink } from '../affected/affected-link';

type NavView = (typeof VIEWS)[number];
const LABELS: Record<NavView, string> = {
  cases: 'Cases',
  intake: 'Intake',
  compare: 'Compare',
  memos: 'Memos',
  settings: 'Settings',
};

/** The main navigation. Plain links to in-page hashes, so the keyboard and screen readers just work. */
export function Sidebar({ current }: { current: NavView | 'affected' }) {
  const { lock } = useVault();
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
        <li>
          <AffectedLink current={current === 'affected'} refreshKey={current} />
        </li>
      </ul>
      <button type="button" className="lock-button" onClick={lock}>
        Lock
      </button>
      <p className="sidebar-note">Client data stays on this computer, encrypted. The app makes no network requests.</p>
    </nav>
  );
}
