// `firm show` and `firm set` through the app's own firm:* methods, and a memo made from the CLI then
// carrying that letterhead, read back with pdftotext and pdfimages.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturePath, tempDir } from '../../fixtures';
import { cliOn } from './cli-runner';
import { logoPng } from './test-png';

vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = cliOn(() => dir);
const firmJson = async () => JSON.parse((await cli('firm', 'show', '--json')).stdout) as Record<string, unknown>;

describe('firm details from the command line', () => {
  it('shows what is not set as not set, and what memos print instead', async () => {
    const shown = await cli('firm', 'show');
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')).toEqual([
      'Firm name:      not set (memos print “Immigration Advisor”)',
      'Attorney:       not set',
      'Bar admission:  not set',
      'Address:        not set',
      'Paper:          US Letter',
      'Logo:           none',
      'Disclaimers:    the standard ones (edited in the app: Settings → Firm details)',
    ]);
  });

  it('sets the details and a logo, keeps what is not given, and a memo then carries the letterhead', async () => {
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, Buffer.from(logoPng(), 'base64'));
    const set = await cli('firm', 'set', '--name', 'Harbor & Pike LLP', '--attorney', 'Ann Attorney', '--bar', 'Admitted in Massachusetts', '--address', '100 Main Street', '--address', 'Boston, MA 02110', '--paper', 'a4', '--logo', logo);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout.split('\n')).toEqual([
      'Firm details saved. New memos use them; memos already written keep the details they were written with.',
      'Firm name:      Harbor & Pike LLP',
      'Attorney:       Ann Attorney',
      'Bar admission:  Admitted in Massachusetts',
      'Address:        100 Main Street',
      '                Boston, MA 02110',
      'Paper:          A4',
      expect.stringMatching(/^Logo: {11}PNG, \d+ KB$/) as unknown,
      'Disclaimers:    the standard ones (edited in the app: Settings → Firm details)',
    ]);
    // Only what is given changes.
    expect((await cli('firm', 'set', '--attorney', 'Bo Barrister')).code).toBe(0);
    expect(await firmJson()).toMatchObject({
      name: 'Harbor & Pike LLP',
      attorneyName: 'Bo Barrister',
      address: '100 Main Street\nBoston, MA 02110',
      paper: 'a4',
      logo: { type: 'png', sizeBytes: Buffer.from(logoPng(), 'base64').length },
    });

    const id = (await cli('import', fixturePath('priya-sharma.case.json'))).stdout.split('\n').at(-1) ?? '';
    const pdf = join(dir, 'memo.pdf');
    expect((await cli('memo', '2026-0001', '--out', pdf)).code).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const line of ['Harbor & Pike LLP', '100 Main Street', 'Boston, MA 02110', 'Bo Barrister', 'Admitted in Massachusetts']) expect(text).toContain(line);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2)).toHaveLength(1);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    expect((await cli('firm', 'set', '--no-logo')).code).toBe(0);
    expect(await firmJson()).toMatchObject({ logo: null, attorneyName: 'Bo Barrister' });
  });

  it('refuses bad input with the app’s own checks, naming the option, and changes nothing (exit 2)', async () => {
    await cli('firm', 'set', '--name', 'Harbor & Pike LLP');
    const before = await firmJson();
    const notImage = await cli('firm', 'set', '--name', 'Other LLP', '--logo', fixturePath('priya-sharma.case.json'));
    expect(notImage).toMatchObject({ code: 2, stderr: '--logo: priya-sharma.case.json is not a PNG or JPEG image.\nNothing was changed.' });
    expect(await cli('firm', 'set', '--name', 'Other LLP', '--paper', 'a5')).toMatchObject({ code: 2, stderr: '--paper: expected a4 or letter\nNothing was changed.' });
    expect(await cli('firm', 'set', '--attorney', 'x'.repeat(201))).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--attorney: /) as unknown });
    expect(await cli('firm', 'set', '--logo', join(dir, 'missing.png'))).toMatchObject({ code: 2, stderr: `--logo: there is no file ${join(dir, 'missing.png')}.` });
    expect(await cli('firm', 'set')).toMatchObject({ code: 2, stderr: 'firm set needs at least one of --name, --attorney, --bar, --address, --paper, --logo, --no-logo.' });
    expect(await cli('firm', 'set', '--logo', 'a.png', '--no-logo')).toMatchObject({ code: 2 });
    expect(await firmJson()).toEqual(before);
  });
});
