// `dates`: the date engine on the command line; the --ics file is read back with ical.js.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY_DATE_KINDS, CERTAINTIES } from '../../../shared/key-dates/types';
import { fixturePath, tempDir } from '../../fixtures';
import { cliOn } from './cli-runner';

// The stored-case test opens the encrypted database, deriving its key: slow on purpose.
vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = cliOn(() => dir);
const priya = fixturePath('priya-sharma.case.json');

type Row = { date: string | null; endDate?: string; kind: string; title: string; consequence: string; programIds: string[]; sourceId: string | null; certainty: string; key: string };

function uids(path: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map(v => String(v.getFirstPropertyValue('uid')));
}

describe('advisor dates', () => {
  it('prints { asOf, dates } as JSON, sorted by date with unknown dates last', async () => {
    const r = await cli('dates', '--case', priya, '--as-of', '2026-12-03', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { asOf: string; dates: Row[] };
    expect(out.asOf).toBe('2026-12-03');
    expect(out.dates.length).toBeGreaterThan(5);
    for (const d of out.dates) {
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['date', 'kind', 'title', 'consequence', 'programIds', 'sourceId', 'certainty']));
      expect(KEY_DATE_KINDS).toContain(d.kind);
      expect(CERTAINTIES).toContain(d.certainty);
    }
    const dated = out.dates.filter(d => d.date !== null).map(d => d.date ?? '');
    expect(dated).toEqual([...dated].sort());
    expect(out.dates.slice(dated.length).every(d => d.date === null)).toBe(true);
    expect(out.dates).toContainEqual(expect.objectContaining({ kind: 'status-expiry', date: '2027-06-30', title: 'F-1 status ends', certainty: 'fixed' }));
    expect(out.dates).toContainEqual(expect.objectContaining({ key: 'h1b-registration:FY2028', date: '2027-03-01', certainty: 'expected' }));
  });

  it('dates as of today by default (the clock’s, never the machine’s)', async () => {
    const r = await cli('dates', '--case', priya, '--json');
    expect((JSON.parse(r.stdout) as { asOf: string }).asOf).toBe('2026-11-29');
  });

  it('prints a readable table, then what to record for the dates not yet known', async () => {
    const r = await cli('dates', '--case', priya, '--as-of', '2026-12-03');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Dates that matter as of 2026-12-03/);
    expect(r.stdout).toMatch(/^2027-03-01 to 2027-03-31\s+H-1B registration for FY2028\s+expected/m);
    expect(r.stdout).toMatch(/^2027-06-30\s+F-1 status ends\s+The client must hold another status/m);
    expect(r.stdout).toContain('Not known yet (record these to date them):');
    expect(r.stdout).toContain('  Passport expires: Record the passport’s expiry date.');
  });

  it('writes the dated events to --ics, one per known date, with the reminder lead time asked for', async () => {
    const file = join(dir, 'priya.ics');
    const r = await cli('dates', '--case', priya, '--as-of', '2026-12-03', '--json', '--ics', file, '--remind-days', '30');
    expect(r.code).toBe(0);
    const dates = (JSON.parse(r.stdout) as { dates: Row[] }).dates.filter(d => d.date !== null);
    // With --json the note goes to stderr, so stdout stays one JSON document.
    expect(r.stderr).toBe(`Wrote ${String(dates.length)} dated events to ${file}; dates not yet known are left out.`);
    const ids = uids(file);
    expect(ids).toHaveLength(dates.length);
    expect(ids.every(uid => /^file-[0-9a-f]{8}\/.+@immigration-advisor\.invalid$/.test(uid))).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')) as unknown[]);
    const trigger = calendar.getFirstSubcomponent('vevent')?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-30 * 86400);
    // The same file again gives the same UIDs: a re-import updates the events.
    await cli('dates', '--case', priya, '--as-of', '2026-12-03', '--ics', file);
    expect(uids(file)).toEqual(ids);
  });

  it('refuses bad input by name (exit 2) and writes nothing', async () => {
    const bad = async (argv: string[], message: RegExp) => {
      const r = await cli('dates', ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    };
    await bad(['--case', priya, '--as-of', '03/12/2026'], /^--as-of: expected a date written YYYY-MM-DD, got "03\/12\/2026"\.$/);
    await bad(['--case', priya, '--remind-days', 'two'], /^--remind-days: expected a whole number of days/);
    await bad(['--case', priya, '--ics', join(dir, 'out.txt')], /^--ics: expected a file ending in \.ics/);
    await bad(['--case', priya, '--ics', join(dir, 'missing', 'out.ics')], /^--ics: the folder .* does not exist\.$/);
    await bad([], /^dates needs a stored CASE \(matter number or id\) or --case FILE, one of the two\.$/);
    await bad(['2026-0001', '--case', priya], /one of the two/);
    await bad(['--case', join(dir, 'nope.json')], /nope\.json/);
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
  });

  it('dates a stored case exactly as its case file, its events named by the case id', async () => {
    const imported = await cli('import', priya);
    expect(imported.code).toBe(0);
    const id = imported.stdout.split('\n').slice(-1)[0] ?? '';
    const stored = await cli('dates', '2026-0001', '--as-of', '2026-12-03', '--json');
    expect(stored.code).toBe(0);
    expect(stored.stdout).toBe((await cli('dates', '--case', priya, '--as-of', '2026-12-03', '--json')).stdout);
    const file = join(dir, 'stored.ics');
    expect((await cli('dates', '2026-0001', '--ics', file)).code).toBe(0);
    expect(uids(file).every(uid => uid.startsWith(`${id}/`))).toBe(true);
    expect(await cli('dates', '2026-0099')).toMatchObject({ code: 2 });
  });
});
