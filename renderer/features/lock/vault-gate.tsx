import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { VaultStatus } from '../../../shared/contract-security';
import { advisor, errorMessage } from '../../lib/advisor';
import { onLocked } from '../../lib/lock-signal';
import { SetupScreen } from './setup-screen';
import { UnlockScreen } from './unlock-screen';
import { ErrorAlert } from '../shell/field-frame';
import { useIdleLock } from './use-idle-lock';

type VaultControls = { lock: () => void; refresh: () => void };
const VaultContext = createContext<VaultControls>({ lock: () => undefined, refresh: () => undefined });

/** Lock now, or re-read the vault's settings (after the auto-lock time changes). */
export function useVault(): VaultControls {
  return useContext(VaultContext);
}

const TITLE = 'Immigration Advisor';

function Unlocked({ minutes, controls, children }: { minutes: number; controls: VaultControls; children: ReactNode }) {
  useIdleLock(minutes, controls.lock);
  return <VaultContext.Provider value={controls}>{children}</VaultContext.Provider>;
}

/**
 * Shows the app only while the database is unlocked. Locking unmounts every view, so the page keeps
 * no client data in its state or its DOM; unlocking mounts them afresh, reading from the database.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    advisor('vault:status', {})
      .then(setStatus)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, []);
  const showLocked = useCallback(() => {
    document.title = `${TITLE} (locked)`;
    setStatus(s => s && { ...s, state: 'locked', autoLockMinutes: null });
  }, []);
  const lock = useCallback(() => {
    showLocked();
    advisor('vault:lock', {})
      .then(setStatus)
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [showLocked]);

  useEffect(refresh, [refresh]);
  useEffect(() => onLocked(showLocked), [showLocked]);

  const unlocked = (s: VaultStatus) => {
    document.title = TITLE;
    setStatus(s);
  };

  if (error) {
    return (
      <main className="lock-screen">
        <ErrorAlert>{error}</ErrorAlert>
      </main>
    );
  }
  if (!status) return null;
  if (status.state === 'new' || status.state === 'unencrypted') return <SetupScreen status={status} onDone={unlocked} />;
  if (status.state === 'locked') return <UnlockScreen status={status} onDone={unlocked} />;
  return (
    <Unlocked minutes={status.autoLockMinutes ?? 10} controls={{ lock, refresh }}>
      {children}
    </Unlocked>
  );
}
