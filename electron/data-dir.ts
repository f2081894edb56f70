import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The product name; Electron names its userData folder after it. */
export const PRODUCT_NAME = 'Immigration Advisor';

/**
 * Where Electron keeps `userData` for this app on each platform, computed without Electron so the
 * CLI opens the very same database as the app by default.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** `--data-dir` beats `ADVISOR_DATA_DIR`, which beats the platform default. */
export function resolveDataDir(explicit: string | undefined, env: NodeJS.ProcessEnv, fallback: () => string): string {
  if (explicit) return explicit;
  if (env.ADVISOR_DATA_DIR) return env.ADVISOR_DATA_DIR;
  return fallback();
}

/**
 * Whether `dir` is the platform's default data folder: the app's own by its name, so the app may
 * tighten its permissions even where an earlier version created it (see ensurePrivateFolder).
 */
export function isDefaultDataDir(dir: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): boolean {
  return resolve(dir) === resolve(defaultDataDir(platform, env));
}
