import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFileAtomically } from '../private-files';

/** Where "remember on this computer" keeps the passphrase; always encrypted by the OS. */
export type PassphraseStore = {
  /** True when the OS can protect it: Keychain, DPAPI, or a Linux secret service (not plain text). */
  available(): boolean;
  load(): string | null;
  /** Whether one is kept, without decrypting it. */
  saved(): boolean;
  save(passphrase: string): void;
  clear(): void;
};

/** Without an OS keychain (CLI, tests): nothing can be remembered. */
export const NO_PASSPHRASE_STORE: PassphraseStore = {
  available: () => false,
  load: () => null,
  saved: () => false,
  save: () => {
    throw new Error('This computer offers no safe place to remember the passphrase.');
  },
  clear: () => undefined,
};

/** The part of Electron's safeStorage used here, so this file needs no Electron import. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
  getSelectedStorageBackend?: () => string;
};

export const REMEMBERED_FILE_NAME = 'remembered-passphrase.bin';

/**
 * Electron's safeStorage, with the ciphertext in a file in the data folder. On Linux without a
 * keyring safeStorage falls back to a hard-coded key ("basic_text"); that is no protection, so it
 * counts as unavailable.
 */
export function safeStoragePassphraseStore(safe: SafeStorageLike, dataDir: string): PassphraseStore {
  const file = join(dataDir, REMEMBERED_FILE_NAME);
  const available = () => safe.isEncryptionAvailable() && safe.getSelectedStorageBackend?.() !== 'basic_text';
  return {
    available,
    load() {
      if (!available() || !existsSync(file)) return null;
      try {
        return safe.decryptString(readFileSync(file));
      } catch {
        // The OS key changed (a new user profile, a restored machine): ask for the passphrase instead.
        return null;
      }
    },
    save(passphrase) {
      if (!available()) throw new Error('This computer offers no safe place to remember the passphrase.');
      writePrivateFileAtomically(file, safe.encryptString(passphrase));
    },
    saved: () => existsSync(file),
    clear: () => rmSync(file, { force: true }),
  };
}
