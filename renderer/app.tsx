import { useEffect, useState, type ReactNode } from 'react';
import { CaseView } from './features/case/case-view';
import { CasesView } from './features/cases/cases-view';
import { UserText } from './features/cases/user-text';
import { ComparePicker } from './features/compare/compare-picker';
import { CompareView } from './features/compare/compare-view';
import { SavedComparisonView } from './features/compare/saved-view';
import { NewClientForm } from './features/intake/new-client-form';
import { MemoEditor } from './features/memos/memo-editor';
import { MemosView } from './features/memos/memos-view';
import { SettingsView } from './features/settings/settings-view';
import { Sidebar } from './features/shell/sidebar';
import { AffectedView } from './features/affected/affected-view';
import { advisor } from './lib/advisor';
import { applyTheme } from './lib/theme';
import { useRoute } from './lib/use-route';

/** The app shell: navigation on the left, the current view on the right. */
export function App() {
  const [route, go] = useRoute();
  const [created, setCreated] = useState<{ id: string; notice: ReactNode } | null>(null);
  // The theme chosen in Settings lives in the database, readable once unlocked; until then the OS decides.
  useEffect(() => {
    advisor('settings:get-theme', {})
      .then(r => applyTheme(r.theme))
      .catch(() => applyTheme('system'));
  }, []);

  return (
    <div className="shell">
      <Sidebar current={route.view === 'case' ? 'cases' : route.view === 'memo' ? 'memos' : route.view} />
      <main className="content">
        {route.view === 'cases' && <CasesView notice={null} onNewClient={() => go('intake')} />}
        {route.view === 'case' && route.id && (
          <CaseView
            key={route.id}
            id={route.id}
            autoConflictCheck={created?.id === route.id}
            focusField={route.field}
            notice={created?.id === route.id ? created.notice : null}
          />
        )}
        {route.view === 'intake' && (
          <NewClientForm
            onCreated={record => {
              // A new client gets a conflict check straight away, before any more facts are taken.
              setCreated({
                id: record.id,
                notice: (
                  <>
                    Case {record.reference} opened for <UserText>{record.clientName}</UserText>. Its conflict check is below.
                  </>
                ),
              });
              go('case', record.id);
            }}
            onCancel={() => go('cases')}
          />
        )}
        {route.view === 'compare' &&
          (route.id ? (
            route.saved ? (
              <SavedComparisonView key={route.saved} caseId={route.id} snapshotId={route.saved} />
            ) : (
              <CompareView key={route.id} caseId={route.id} />
            )
          ) : (
            <ComparePicker />
          ))}
        {route.view === 'memos' && <MemosView />}
        {route.view === 'memo' && route.id && <MemoEditor key={route.id} id={route.id} />}
        {route.view === 'settings' && <SettingsView />}
        {route.view === 'affected' && <AffectedView />}
      </main>
    </div>
  );
}
