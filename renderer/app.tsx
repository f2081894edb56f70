import { useState } from 'react';
import { CasesView } from './features/cases/cases-view';
import { NewClientForm } from './features/intake/new-client-form';
import { SettingsView } from './features/settings/settings-view';
import { ComingSoon } from './features/shell/coming-soon';
import { Sidebar } from './features/shell/sidebar';
import { useRoute } from './lib/use-route';

/** The app shell: navigation on the left, the current view on the right. */
export function App() {
  const [view, go] = useRoute();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <div className="shell">
      <Sidebar current={view} />
      <main className="content">
        {view === 'cases' && <CasesView notice={notice} onNewClient={() => go('intake')} />}
        {view === 'intake' && (
          <NewClientForm
            onCreated={record => {
              setNotice(`Case ${record.reference} opened for ${record.clientName}.`);
              go('cases');
            }}
            onCancel={() => go('cases')}
          />
        )}
        {view === 'compare' && (
          <ComingSoon title="Compare">
            The side-by-side comparison of H-1B, the K visa and the other routes (eligibility gate by
            gate, points, costs by payer, timelines and odds, each figure with its source) is not built
            yet. Nothing on this page assesses a client today.
          </ComingSoon>
        )}
        {view === 'memos' && (
          <ComingSoon title="Memos">
            Firm-branded PDF advisory memos written from a saved comparison are not built yet. No memo
            can be produced today.
          </ComingSoon>
        )}
        {view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}
