// Makes sure the native SQLite driver is built for the runtime about to use it.
//   node scripts/native-abi.mjs node      before tests (plain Node)
//   node scripts/native-abi.mjs electron  before `npm start` (Electron's own Node ABI)
// Electron and Node need different builds of the same .node file; rebuilding only when the current one
// does not load keeps the usual case instant.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const target = process.argv[2];
const probe = "new (require('better-sqlite3-multiple-ciphers'))(':memory:').close()";
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'pipe', env: { ...process.env, ...env }, shell: process.platform === 'win32' });

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // electron/index.js throws when its binary was never downloaded
  }
}

if (target === 'node') {
  if (run(process.execPath, ['-e', probe]).status !== 0) {
    // stderr, so a CLI command's output (JSON, a pipe) stays clean.
    console.error('Rebuilding the SQLite driver for Node (it was built for Electron)...');
    const r = run('npm', ['rebuild', 'better-sqlite3-multiple-ciphers'], {});
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exit(1);
    }
  }
} else if (target === 'electron') {
  const electron = electronBinary();
  // Without a binary, `electron .` prints Electron's own explanation next; nothing to rebuild for.
  if (electron && run(electron, ['-e', probe], { ELECTRON_RUN_AS_NODE: '1' }).status !== 0) {
    console.error('Rebuilding the SQLite driver for Electron...');
    const r = run('npx', ['electron-builder', 'install-app-deps']);
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exit(1);
    }
  }
} else {
  console.error('usage: node scripts/native-abi.mjs node|electron');
  process.exit(2);
}
