// Bundles the Electron main process, the preload and the memo worker into out/main (CommonJS: a
// sandboxed preload must be). The native SQLite driver and electron itself stay external; so does
// pdfkit, which reads its data files (font metrics, colour profiles) from its own folder in
// node_modules at run time. Everything else is inlined.
//
// `node scripts/build-main.mjs [OUT_DIR]` writes to out/main unless told otherwise (tests build into
// a folder of their own).
import { build } from 'esbuild';

const outDir = process.argv[2] ?? 'out/main';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit'],
  logLevel: 'warning',
};
// CommonJS has no import.meta: the main process's bundles get their own file's URL, so a module that
// finds a file beside itself (the memo worker, electron/reports/memo-renderer.ts) finds it beside the
// bundle. Not the preload: a sandboxed preload has no __filename nor node:url.
const node = {
  ...common,
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({ ...node, entryPoints: ['electron/main.ts'], outfile: `${outDir}/main.cjs` });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: `${outDir}/preload.cjs` });
// A bundle of its own: worker_threads starts it from a file, beside main.cjs.
await build({ ...node, entryPoints: ['electron/reports/memo-worker.ts'], outfile: `${outDir}/memo-worker.cjs` });
console.log(`built ${outDir}/main.cjs, preload.cjs and memo-worker.cjs`);
