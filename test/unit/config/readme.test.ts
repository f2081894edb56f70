// The README is followed literally by newcomers: what it lists must be what the app and the CLI do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { SUPPORTED_CURRENCIES } from '../../../shared/programs/fx-rates';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const section = (heading: string) => {
  const start = readme.indexOf(`## ${heading}`);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end === -1 ? undefined : end);
};

describe('README', () => {
  it('lists every currency the CLI and the intake accept, and no other', () => {
    const cli = section('Command line');
    const listed =
      /`--currency` takes the currencies of the exchange-rate table, in capitals: ([^;]+);/.exec(
        cli.replace(/\s+/g, ' '),
      )?.[1];
    expect(listed).toBeDefined();
    const codes = (listed ?? '').replace(/\(the default\)/, '').match(/\b[A-Z]{3}\b/g) ?? [];
    expect([...codes].sort()).toEqual([...SUPPORTED_CURRENCIES].sort());
  });

  it('shows every CLI command in its command list', () => {
    const cli = section('Command line');
    for (const command of COMMANDS)
      expect(cli, command.name).toMatch(new RegExp(`^${command.name} `, 'm'));
  });

  it('names only npm scripts that exist', () => {
    const used = new Set(
      [...readme.matchAll(/npm run (?:--silent |-s )?([a-z0-9:-]+)/g)].map(m => m[1] ?? ''),
    );
    for (const script of used) expect(pkg.scripts, `npm run ${script}`).toHaveProperty([script]);
  });

  it('no longer says that built features are not built', () => {
    expect(readme).not.toMatch(/not built yet/i);
  });
});
