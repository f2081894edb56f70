/** conflicts:check through dispatch: stored names in any script, spouses, employers, dates of birth. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAdvisor, type Advisor } from '../../../electron/advisor';
import { LIST_MAX } from '../../../shared/case-file-fields';
import { contract, type MethodOutput } from '../../../shared/contract';
import { TEST_PASSPHRASE, tempDir, testClock } from '../../fixtures';

let advisor: Advisor;
let cleanup: () => void;
let ids: string[];
const file = (client: object, more: object = {}) => ({ format: 'immigration-advisor/case', version: 1, client, ...more });

beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  advisor = openAdvisor({ dataDir: t.dir, appVersion: 't', actor: () => 'ann', clock: testClock, passphrase: TEST_PASSPHRASE });
  const result = await advisor.dispatch('cases:import', {
    caseFiles: [
      file({ fullName: 'P. Sharma', otherNames: ['प्रिया शर्मा'], dateOfBirth: '1998-04-12' }),
      file({ fullName: 'David Li', otherNames: ['李伟'], dateOfBirth: '1990-01-02' }, { jobOffer: { employer: 'Acme Robotics Inc.' } }),
      file({ fullName: 'Meera Nair' }, { spouse: { fullName: 'Arjun Sharma', dateOfBirth: '1997-01-30' }, work: [{ employer: 'Initech' }] }),
    ],
  });
  if (!result.ok) throw new Error(result.error.message);
  ids = (result.value as MethodOutput<'cases:import'>).imported.map(c => c.id);
});
afterEach(() => {
  advisor.close();
  cleanup();
});

async function check(input: object) {
  const result = await advisor.dispatch('conflicts:check', input);
  if (!result.ok) throw new Error(result.error.message);
  return contract['conflicts:check'].output.parse(result.value).matches;
}

describe('conflicts:check', () => {
  it('finds a Latin name stored only in Devanagari, raised by the same date of birth', async () => {
    const [match, ...rest] = await check({ fullName: 'Priya Sharma', dateOfBirth: '1998-04-12' });
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ caseId: ids[0], reference: '2026-0001', role: 'client', matchedName: 'प्रिया शर्मा', queryName: 'Priya Sharma', confidence: 'high' });
    expect(match?.reasons).toContain('Same date of birth (1998-04-12)');
    expect(match?.reasons.join(' ')).toMatch(/प्रिया शर्मा = priya sharma/);
  });

  it('finds a Latin name stored only in Chinese characters', async () => {
    const [match] = await check({ fullName: 'Li Wei' });
    expect(match).toMatchObject({ caseId: ids[1], role: 'client', matchedName: '李伟', queryName: 'Li Wei' });
    expect(match?.reasons.join(' ')).toMatch(/李伟 = li wei/);
  });

  it('finds a spouse, and says when the date of birth differs (lowering the score)', async () => {
    const same = await check({ fullName: 'Arjun Sharma', dateOfBirth: '1997-01-30' });
    const other = await check({ fullName: 'Arjun Sharma', dateOfBirth: '1980-01-01' });
    expect(same[0]).toMatchObject({ caseId: ids[2], role: 'spouse', matchedName: 'Arjun Sharma' });
    expect(other[0]).toMatchObject({ caseId: ids[2], role: 'spouse' });
    expect(other[0]?.reasons).toContain('Different date of birth (1980-01-01 / 1997-01-30)');
    expect(other[0]!.score).toBeLessThan(same[0]!.score);
  });

  it('matches employers despite legal suffixes and case, once per case', async () => {
    const matches = await check({ fullName: 'Nobody In Particular', employers: ['ACME Robotics', 'Acme Robotics'] });
    expect(matches.map(m => [m.caseId, m.role, m.matchedName])).toEqual([[ids[1], 'employer', 'Acme Robotics Inc.']]);
  });

  it('leaves out the case being checked, and trashed cases', async () => {
    expect(await check({ fullName: 'Li Wei', excludeCaseId: ids[1] })).toEqual([]);
    await advisor.dispatch('cases:trash', { id: ids[0] });
    expect(await check({ fullName: 'Priya Sharma' })).toEqual([]);
    await advisor.dispatch('cases:restore', { id: ids[0] });
    expect(await check({ fullName: 'Priya Sharma' })).toHaveLength(1);
  });

  it('sees a renamed client at once (the cache follows the revision)', async () => {
    expect(await check({ fullName: 'Meera Nair' })).toHaveLength(1);
    const got = await advisor.dispatch('cases:get', { id: ids[2] });
    if (!got.ok) throw new Error(got.error.message);
    const record = got.value as MethodOutput<'cases:get'>;
    await advisor.dispatch('cases:update', { id: ids[2], expectedRevision: 1, caseFile: { ...record.caseFile, client: { fullName: 'Meera Menon' } } });
    expect(await check({ fullName: 'Meera Nair' })).toEqual([]);
    expect((await check({ fullName: 'Meera Menon' }))[0]).toMatchObject({ caseId: ids[2], role: 'client' });
  });

  it('returns at most 50 matches, best first', async () => {
    await advisor.dispatch('cases:import', {
      caseFiles: Array.from({ length: 60 }, (_, i) => file({ fullName: i % 2 ? 'Priya Sharma' : 'Priya Sharmaa' })),
    });
    const matches = await check({ fullName: 'Priya Sharma' });
    expect(matches).toHaveLength(50);
    expect(matches.map(m => m.score)).toEqual([...matches.map(m => m.score)].sort((a, b) => b - a));
    expect(matches[0]?.score).toBe(1);
  });

  it('answers bad input naming the field, and conflicts:decide records the decision', async () => {
    const bad = await advisor.dispatch('conflicts:check', { fullName: '' });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'bad-input', field: 'fullName' });
    // As many as a case file can hold (its jobs' and its job offer's), and no more.
    const many = await advisor.dispatch('conflicts:check', { fullName: 'A', employers: Array(LIST_MAX + 2).fill('x') });
    expect(many.ok ? null : many.error).toMatchObject({ code: 'bad-input', field: 'employers' });
    expect(await advisor.dispatch('conflicts:decide', { caseId: ids[0], decision: 'cleared', note: '' })).toEqual({ ok: true, value: { recorded: true } });
    const trail = await advisor.dispatch('cases:audit', { id: ids[0] });
    expect(trail.ok && (trail.value as MethodOutput<'cases:audit'>).at(-1)).toMatchObject({ action: 'conflict-decision', note: 'cleared', actor: 'ann' });
  });
});
