import { isDefaultDataDir } from './data-dir';
import type { Dispatch } from './dispatcher';
import { ensurePrivateFolder } from './private-files';
import { createVault, type Vault, type VaultOptions } from './vault/vault';

export type AdvisorOptions = VaultOptions & {
  /** Unlocks (or creates, or encrypts) the database with it before returning. */
  passphrase: string;
};

/** The running back end, unlocked: the dispatcher over the case database, and its vault. */
export type Advisor = {
  dispatch: Dispatch;
  databaseFile: string;
  vault: Vault;
  close: () => void;
};

/**
 * The composition root shared by the CLI, the test bridge and the benchmarks: opens the data folder's
 * vault and unlocks it with `passphrase` (creating the database, or encrypting an old plain one, as
 * needed). The Electron main process uses createVault directly, since it starts locked.
 */
export function openAdvisor(options: AdvisorOptions): Advisor {
  ensurePrivateFolder(options.dataDir, isDefaultDataDir(options.dataDir));
  const vault = createVault(options);
  vault.unlock(options.passphrase);
  return { dispatch: vault.dispatch, databaseFile: vault.databaseFile, vault, close: () => vault.close() };
}
