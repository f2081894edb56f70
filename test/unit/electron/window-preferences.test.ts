import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { windowWebPreferences } from '../../../electron/window-preferences';

describe('the app window’s webPreferences', () => {
  it('isolate the page, sandbox it, and give it no Node, no webview and no network spell-checker', () => {
    expect(windowWebPreferences({ preload: '/app/out/main/preload.cjs', devTools: false })).toEqual(
      {
        preload: '/app/out/main/preload.cjs',
        devTools: false,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
        spellcheck: false,
      },
    );
  });

  it('are what main.ts gives the window, with nothing set beside them', () => {
    const main = readFileSync('electron/main.ts', 'utf8');
    expect(main).toMatch(
      /webPreferences: windowWebPreferences\(\{ preload: [^}]*, devTools: !app\.isPackaged \}\)/,
    );
    // A second webPreferences, or one of these set by hand, would bypass the checked module.
    expect(main.match(/webPreferences/g)).toHaveLength(1);
    expect(main).not.toMatch(
      /contextIsolation|nodeIntegration|sandbox:|webviewTag|webSecurity|allowRunningInsecureContent/,
    );
  });
});
