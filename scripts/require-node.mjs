// Stops a command that needs a newer Node than the one running, with one clear line instead of a
// stack trace from deep inside Electron's tooling.
//   node scripts/require-node.mjs 22.12 "npm start"
// Electron 41, @electron/get, @electron/rebuild and node-abi declare Node >= 22.12; the rest of the
// project (tests, CLI, bench) runs on 20.19+, so only the commands that use that tooling check.
import { readFileSync } from 'node:fs';

const [minimum = '', command = 'This command'] = process.argv.slice(2);
const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  .engines.node;
const parse = v =>
  v
    .replace(/^v/, '')
    .split('.')
    .map(n => Number.parseInt(n, 10) || 0);
const [needMajor = 0, needMinor = 0] = parse(minimum);
const [major = 0, minor = 0] = parse(process.versions.node);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(
    `${command} needs Node.js ${minimum} or later (Electron's build tooling requires it); this is Node.js ${process.versions.node}. ` +
      `Tests, the command line and the benchmarks work on Node.js ${engines.replace(/^>=\s*/, '')} or later.`,
  );
  process.exit(1);
}
