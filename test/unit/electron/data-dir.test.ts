import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../electron/data-dir';

describe('data folder', () => {
  it('prefers --data-dir, then ADVISOR_DATA_DIR, then the platform default', () => {
    const fallback = () => '/default';
    expect(resolveDataDir('/flag', { ADVISOR_DATA_DIR: '/env' }, fallback)).toBe('/flag');
    expect(resolveDataDir(undefined, { ADVISOR_DATA_DIR: '/env' }, fallback)).toBe('/env');
    expect(resolveDataDir(undefined, {}, fallback)).toBe('/default');
    expect(resolveDataDir(undefined, { ADVISOR_DATA_DIR: '' }, fallback)).toBe('/default');
  });

  it('defaults to the folder Electron uses for userData on each platform', () => {
    expect(defaultDataDir('linux', {})).toBe(join(homedir(), '.config', 'Immigration Advisor'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' })).toBe(join('/xdg', 'Immigration Advisor'));
    expect(defaultDataDir('darwin', {})).toBe(join(homedir(), 'Library', 'Application Support', 'Immigration Advisor'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'Immigration Advisor'),
    );
  });
});
