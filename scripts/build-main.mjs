// Bundles the Electron main process and preload into out/main (CommonJS: a sandboxed preload must be).
// The native SQLite driver and electron itself stay external; so does pdfkit, which reads its data
// files (font metrics, colour profiles) from its own folder in node_modules at run time.
// Everything else is inlined.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/main/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/main/preload.cjs' });
console.log('built out/main/main.cjs and out/main/preload.cjs');
