// The Node versions the README and package.json promise must match what the dependencies declare:
// Electron's tooling needs a newer Node than the rest, so only the commands that use it check.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const readme = readFileSync('README.md', 'utf8');

/** The lowest version a `>=X.Y[.Z]` engines range allows, as [major, minor]. */
function minimumOf(range: string): [number, number] {
  const m = /^>=\s*(\d+)\.(\d+)/.exec(range.trim());
  if (!m) throw new Error(`unexpected engines range ${range}`);
  return [Number(m[1]), Number(m[2])];
}
// Read from node_modules directly: some of these packages do not export their package.json.
const enginesOf = (name: string) =>
  (
    JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
      engines?: { node?: string };
    }
  ).engines?.node;

describe('Node versions', () => {
  // The packages behind `npm start` (Electron, its downloader) and `npm run dist` (electron-builder's rebuild).
  const electronTooling = ['electron', '@electron/get', '@electron/rebuild', 'node-abi'];

  it('npm start and npm run dist require the newest Node that Electron’s tooling declares', () => {
    const needed = electronTooling.map(name => {
      const range = enginesOf(name);
      expect(range, `${name} declares engines.node`).toBeDefined();
      return minimumOf(range ?? '');
    });
    const [major, minor] = needed.reduce((a, b) =>
      b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a,
    );
    const version = `${String(major)}.${String(minor)}`;
    expect(pkg.scripts.start).toContain(`node scripts/require-node.mjs ${version} `);
    expect(pkg.scripts.dist).toContain(`node scripts/require-node.mjs ${version} `);
    expect(readme).toContain(`Node.js ${version} or later`);
  });

  it('package.json engines and the README agree on the Node the rest of the project needs', () => {
    const [major, minor] = minimumOf(pkg.engines.node);
    expect(readme).toContain(`Node.js ${String(major)}.${String(minor)} or later`);
    // The runner of these tests is itself at least that version.
    const [runMajor = 0, runMinor = 0] = process.versions.node.split('.').map(Number);
    expect(runMajor > major || (runMajor === major && runMinor >= minor)).toBe(true);
  });

  it('require-node stops a command on an older Node with one line naming both versions, and passes a newer one', () => {
    const refuse = spawnSync(process.execPath, ['scripts/require-node.mjs', '99.1', 'npm start'], {
      encoding: 'utf8',
    });
    expect(refuse.status).toBe(1);
    expect(refuse.stderr.trim()).toBe(
      `npm start needs Node.js 99.1 or later (Electron's build tooling requires it); this is Node.js ${process.versions.node}. ` +
        'Tests, the command line and the benchmarks work on Node.js 20.19 or later.',
    );
    const pass = spawnSync(process.execPath, ['scripts/require-node.mjs', '1.0', 'npm start'], {
      encoding: 'utf8',
    });
    expect(pass.status).toBe(0);
    expect(pass.stderr).toBe('');
  });

  it('npm run advisor matches the SQLite driver to Node first, so it works after npm start built it for Electron', () => {
    expect(pkg.scripts.advisor).toMatch(
      /^node scripts\/native-abi\.mjs node && tsx electron\/cli\.ts$/,
    );
    // The check prints nothing to stdout, so a command's JSON output stays clean.
    const check = spawnSync(process.execPath, ['scripts/native-abi.mjs', 'node'], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    expect(check.stdout).toBe('');
  });
});
