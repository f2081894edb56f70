/** snapshots:save, snapshots:list and snapshots:get through dispatch, on a real temp database. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import type { Method } from '../../../shared/contract';
import { loadFixture } from '../../fixtures';
import { expectFailure, expectOk, openTestAdvisor } from './test-advisor';

let advisor: Advisor;
let close: () => void;
beforeEach(() => ({ advisor, close } = openTestAdvisor()));
afterEach(() => close());

const ok = <M extends Method>(method: M, input: unknown) => expectOk(advisor, method, input);
const failure = (method: Method, input: unknown) => expectFailure(advisor, method, input);
const priya = () => loadFixture('priya-sharma.case.json');
const save = (caseId: string, over: Record<string, unknown> = {}) => ({
  caseId,
  caseFile: priya(),
  programIds: ['us-h1b', 'cn-k'],
  asOf: '2026-11-29',
  recommendation: { programId: null, rationale: '' },
  ...over,
});
const newCase = async () => (await ok('cases:create', { caseFile: priya() })).id;

describe('snapshots:save', () => {
  it('saves with the contract’s defaults (USD, default assumptions) and lists and gets it back', async () => {
    const caseId = await newCase();
    const summary = await ok('snapshots:save', save(caseId));
    expect(summary).toMatchObject({ caseId, actor: 'attorney.ann', currency: 'USD', stale: false, whatIf: [] });
    // The defaults of the comparison's date, 2026-11-29: the $100,000 proclamation is past its 12-month term.
    expect(summary.assumptions).toEqual({ 'us-h1b-100k-payment': 'unclear', 'us-h1b-weighted-selection': 'weighted', 'cn-k-work-authorised': 'unclear' });
    expect(await ok('snapshots:list', { caseId })).toEqual([summary]);
    const got = await ok('snapshots:get', { id: summary.id });
    expect(got).toMatchObject(summary);
    expect(got.results.map(a => a.programId)).toEqual(['us-h1b', 'cn-k']);
  });

  it('signs with the name set in Settings, and puts the save on the case’s audit trail', async () => {
    const caseId = await newCase();
    await ok('settings:set', { userName: 'Ann Attorney' });
    const summary = await ok('snapshots:save', save(caseId, { recommendation: { programId: 'cn-k', rationale: 'Fastest.' } }));
    expect(summary.actor).toBe('Ann Attorney');
    const trail = await ok('cases:audit', { id: caseId });
    expect(trail.at(-1)).toMatchObject({ action: 'snapshot', actor: 'Ann Attorney', note: expect.stringMatching(/^Saved a comparison of us-h1b, cn-k .*recommended cn-k$/) as unknown });
  });

  it('never accepts results from the renderer: an extra results field is refused', async () => {
    const caseId = await newCase();
    expect(await failure('snapshots:save', save(caseId, { results: [] }))).toMatchObject({ code: 'bad-input', field: 'results', message: 'results: unknown field' });
  });

  it('names the programme id at fault: unknown, or listed twice', async () => {
    const caseId = await newCase();
    expect(await failure('snapshots:save', save(caseId, { programIds: ['us-h1b', 'us-h2b'] }))).toEqual({
      code: 'bad-input',
      field: 'programIds[1]',
      message: 'programIds[1]: unknown programme id "us-h2b"',
    });
    expect(await failure('snapshots:save', save(caseId, { programIds: ['us-h1b', 'cn-k', 'us-h1b'] }))).toMatchObject({ code: 'bad-input', field: 'programIds[2]' });
    expect(await failure('snapshots:save', save(caseId, { programIds: [] }))).toMatchObject({ code: 'bad-input', field: 'programIds' });
  });

  it('names the assumption at fault: an unknown key, or a value it does not take', async () => {
    const caseId = await newCase();
    expect(await failure('snapshots:save', save(caseId, { assumptions: { 'us-h1b-lottery': 'random' } }))).toMatchObject({
      code: 'bad-input',
      field: 'assumptions.us-h1b-lottery',
    });
    expect(await failure('snapshots:save', save(caseId, { assumptions: { 'us-h1b-weighted-selection': 'random', 'us-h1b-100k-payment': 'maybe' } }))).toEqual({
      code: 'bad-input',
      field: 'assumptions.us-h1b-100k-payment',
      message: 'assumptions.us-h1b-100k-payment: expected one of applies, vacated, unclear',
    });
  });

  it('names the other fields at fault: recommendation, asOf, currency, the case file, the case', async () => {
    const caseId = await newCase();
    const bad = (over: Record<string, unknown>) => failure('snapshots:save', save(caseId, over));
    expect(await bad({ recommendation: { programId: 'de-blue-card', rationale: '' } })).toMatchObject({ code: 'bad-input', field: 'recommendation.programId' });
    expect(await bad({ asOf: '2026-02-30' })).toMatchObject({ code: 'bad-input', field: 'asOf' });
    expect(await bad({ currency: 'usd' })).toMatchObject({ code: 'bad-input', field: 'currency' });
    const file = priya() as { education: { level: string }[] };
    file.education[0]!.level = 'phd';
    expect(await bad({ caseFile: file })).toMatchObject({ code: 'bad-input', field: 'caseFile.education[0].level' });
    expect(await failure('snapshots:save', save('00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'not-found', field: 'caseId' });
    await ok('cases:trash', { id: caseId });
    expect(await bad({})).toMatchObject({ code: 'bad-input', field: 'caseId' });
    expect(await ok('snapshots:list', { caseId })).toEqual([]);
  });
});

describe('snapshots:list and snapshots:get', () => {
  it('answer an unknown case or snapshot with not-found naming the field', async () => {
    expect(await failure('snapshots:list', { caseId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'not-found', field: 'caseId' });
    expect(await failure('snapshots:list', { caseId: 'nope' })).toMatchObject({ code: 'bad-input', field: 'caseId' });
    expect(await failure('snapshots:get', { id: 'nope' })).toMatchObject({ code: 'not-found', field: 'id' });
    expect(await failure('snapshots:get', { id: '' })).toMatchObject({ code: 'bad-input', field: 'id' });
  });
});
