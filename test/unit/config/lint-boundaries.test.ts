import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, with type-aware rules off so snippets need no tsconfig entry:
// the boundary rules under test are syntactic.
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(m => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint enforces the architecture', () => {
  it('keeps shared/ pure: no Node, no electron/, no renderer/, no React', async () => {
    expect(await messages('shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toEqual([
      expect.stringMatching(/no-restricted-imports: .*Node APIs/),
    ]);
    expect(await messages('shared/x.ts', "import { openAdvisor } from '../electron/advisor';\nexport const a = openAdvisor;\n")).toEqual([
      expect.stringMatching(/no-restricted-imports: .*shared\/ imports nothing outside shared/),
    ]);
    expect(await messages('shared/x.ts', "import { App } from '../renderer/app';\nexport const a = App;\n")).toHaveLength(1);
    expect(await messages('shared/x.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toHaveLength(1);
  });

  it('keeps the renderer away from electron/ and Electron itself', async () => {
    expect(await messages('renderer/x.ts', "import { dispatch } from '../electron/dispatcher';\nexport const a = dispatch;\n")).toEqual([
      expect.stringMatching(/renderer never imports electron/),
    ]);
    expect(await messages('renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toEqual(
      expect.arrayContaining([expect.stringMatching(/only through window\.advisor/)]),
    );
  });

  it('allows raw ipcRenderer and ipcMain only in their one file each, and electron only in the shell', async () => {
    const renderer = "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n";
    const main = "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n";
    expect(await messages('electron/preload.ts', renderer)).toEqual([]);
    expect(await messages('electron/ipc/register.ts', main)).toEqual([]);
    expect(await messages('electron/main.ts', renderer)).toEqual([expect.stringMatching(/only in electron\/preload\.ts/)]);
    expect(await messages('electron/main.ts', main)).toEqual([expect.stringMatching(/only in electron\/ipc\/register\.ts/)]);
    expect(await messages('electron/handlers.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([
      expect.stringMatching(/Only electron\/main\.ts, electron\/preload\.ts and electron\/ipc\/register\.ts/),
    ]);
  });

  it('loads the SQLite driver only through electron/db/driver.ts (types may be imported anywhere)', async () => {
    const value = "import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;\n";
    expect(await messages('electron/db/x.ts', value)).toEqual([expect.stringMatching(/Import Database from electron\/db\/driver\.ts/)]);
    expect(await messages('test/db/x.test.ts', value)).toHaveLength(1);
    expect(await messages('electron/db/driver.ts', value)).toEqual([]);
    expect(await messages('electron/db/x.ts', "import type { Database } from 'better-sqlite3-multiple-ciphers';\nexport type A = Database;\n")).toEqual([]);
  });

  it('forbids default exports, focused tests and skips without a reason', async () => {
    expect(await messages('shared/x.ts', 'export default 1;\n')).toEqual([expect.stringMatching(/Use named exports/)]);
    const focused = "import { it } from 'vitest';\nit.only('a', () => undefined);\n";
    expect(await messages('test/unit/x.test.ts', focused)).toEqual([expect.stringMatching(/Focused tests/)]);
    const skipped = "import { it } from 'vitest';\nit.skip('a', () => undefined);\n";
    expect(await messages('test/unit/x.test.ts', skipped)).toEqual([expect.stringMatching(/must say why/)]);
    const explained = "import { test } from 'vitest';\ntest.skip(process.platform === 'win32', 'no SQLite cipher on CI Windows');\n";
    expect(await messages('test/unit/x.test.ts', explained)).toEqual([]);
  });

  it('begins every write transaction IMMEDIATE: .transaction( and a hand-written BEGIN only in write-transaction.ts', async () => {
    const deferred = "export const save = (db: { transaction(f: () => void): void; exec(s: string): void }) => db.transaction(() => db.exec('DELETE FROM x'));\n";
    expect(await messages('electron/db/repos/x.ts', deferred)).toEqual([expect.stringMatching(/no-restricted-syntax: Use writeTransaction/)]);
    expect(await messages('test/db/x.test.ts', deferred)).toHaveLength(1);
    expect(await messages('electron/db/write-transaction.ts', deferred)).toEqual([]);
    const begin = "export const save = (db: { transaction(f: () => void): void; exec(s: string): void }) => db.exec('begin deferred');\n";
    expect(await messages('electron/db/repos/x.ts', begin)).toEqual([expect.stringMatching(/Begin transactions only through writeTransaction/)]);
    const trigger = "export const m = (db: { transaction(f: () => void): void; exec(s: string): void }) => db.exec('CREATE TRIGGER t BEFORE DELETE ON x BEGIN SELECT 1; END');\n";
    expect(await messages('electron/db/repos/x.ts', trigger)).toEqual([]);
    // Still the other rules there: the override keeps them.
    expect(await messages('electron/db/write-transaction.ts', 'export default 1;\n')).toEqual([expect.stringMatching(/Use named exports/)]);
  });
});
