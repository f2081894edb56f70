/**
 * Whether a saved comparison's figures are unchanged since it was saved, told from the firm's
 * history (firm figures entered or reverted, packs applied or rolled back) without the engine.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { firmFacts } from '../../electron/rules/firm-data-set';
import { addOverride, revertFact } from '../../electron/rules/override-repo';
import { figuresUnchangedSince, type SavedUnder } from '../../electron/rules/route-facts';
import { SHIPPED_CATALOGUE } from '../../shared/programs/index';
import { tempDir } from '../fixtures';
import { openRepos, type Repos } from './repos';

let r: Repos;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  r = openRepos(t.dir);
});
afterEach(() => {
  r.db.close();
  cleanup();
});

const label = SHIPPED_CATALOGUE.version;
const saved = (createdAt: string, ...programIds: string[]): SavedUnder => ({ createdAt, rulesVersion: label, programIds });
const unchanged = (s: SavedUnder) => figuresUnchangedSince(r.db, firmFacts(r.db).catalogue)(s);
const set = (factId: string, now: string) =>
  addOverride(r.db, firmFacts(r.db).base, { factId, value: 400, effectiveFrom: '2026-01-01', note: 'Firm figure for the test.' }, { by: 'Ann Attorney', now: new Date(now) });

it('with no history, only the rules label and the routes decide', () => {
  expect(unchanged(saved('2026-11-01T00:00:00.000Z', 'us-h1b'))).toBe(true);
  expect(unchanged({ ...saved('2026-11-01T00:00:00.000Z', 'us-h1b'), rulesVersion: 'older' })).toBe(false);
  expect(unchanged(saved('2026-11-01T00:00:00.000Z', 'us-h1b', 'xx-gone'))).toBe(false);
});

it('a firm figure entered or reverted after a comparison changes it, only for the routes that read the figure', () => {
  set('us-h1b.registration-fee', '2026-11-10T00:00:00.000Z');
  expect(unchanged(saved('2026-11-09T00:00:00.000Z', 'us-h1b'))).toBe(false);
  expect(unchanged(saved('2026-11-09T00:00:00.000Z', 'ca-express-entry'))).toBe(true);
  // At the same instant: the engine decides.
  expect(unchanged(saved('2026-11-10T00:00:00.000Z', 'us-h1b'))).toBe(false);
  expect(unchanged(saved('2026-11-11T00:00:00.000Z', 'us-h1b'))).toBe(true);

  revertFact(r.db, firmFacts(r.db).base, 'us-h1b.registration-fee', { by: 'Ann Attorney', now: new Date('2026-11-12T00:00:00.000Z') });
  expect(unchanged(saved('2026-11-11T00:00:00.000Z', 'us-h1b'))).toBe(false);
  expect(unchanged(saved('2026-11-13T00:00:00.000Z', 'us-h1b'))).toBe(true);
});

it('a country’s figure reaches every route of that country', () => {
  set('gb.ihs-yearly', '2026-11-10T00:00:00.000Z');
  expect(unchanged(saved('2026-11-09T00:00:00.000Z', 'gb-skilled-worker'))).toBe(false);
  expect(unchanged(saved('2026-11-09T00:00:00.000Z', 'us-h1b'))).toBe(true);
});

it('a rule pack applied or rolled back after a comparison changes it', () => {
  r.db.prepare("INSERT INTO rule_pack_log (at, actor, event, from_label, to_label, detail) VALUES ('2026-11-10T00:00:00.000Z', 'Ann', 'rolled-back', 'a', 'b', 'test')").run();
  expect(unchanged(saved('2026-11-09T00:00:00.000Z', 'ca-express-entry'))).toBe(false);
  expect(unchanged(saved('2026-11-11T00:00:00.000Z', 'ca-express-entry'))).toBe(true);
});
