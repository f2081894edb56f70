/**
 * The bench's firm generator (test/bench/seed-firm.ts), at a small size: what it writes must be a
 * database the app itself could have written. It opens through the app, passes SQLite's checks,
 * lists, filters and searches exactly as the generated data says, and reads back the way an
 * imported case does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../shared/case-file';
import type { Advisor } from '../../electron/advisor';
import { SEARCH_INDEX_VERSION } from '../../electron/db/repos/search-repo';
import { seedFirm, type SeededCase, type SeededFirm } from '../bench/seed-firm';
import { openAdvisorAt, openDatabaseAt } from '../data-folder';
import { tempDir } from '../fixtures';
import { expectOk, openTestAdvisor } from '../unit/electron/test-advisor';

const SIZE = { clients: 50, cases: 150, auditRows: 500 };
const folder = tempDir('advisor-firm-');
let firm: SeededFirm;
let advisor: Advisor;

beforeAll(() => {
  firm = seedFirm(`${folder.dir}/a`, SIZE, 7);
  advisor = openAdvisorAt(`${folder.dir}/a`);
});
afterAll(() => {
  advisor.close();
  folder.cleanup();
});

const live = () => firm.cases.filter(c => c.deletedAt === null);
const names = (f: CaseFile) => [
  f.client.fullName,
  ...(f.client.otherNames ?? []),
  f.spouse?.fullName ?? '',
  ...(f.spouse?.otherNames ?? []),
];
const employers = (f: CaseFile) => [
  f.jobOffer?.employer ?? '',
  ...(f.work ?? []).map(w => w.employer ?? ''),
  ...(f.spouse?.work ?? []).map(w => w.employer ?? ''),
];
const ids = (cases: readonly SeededCase[]) => cases.map(c => c.id).sort();

/** The ids `cases:list` finds for `input`, all pages. */
async function listIds(input: Record<string, unknown>): Promise<string[]> {
  const page = await expectOk(advisor, 'cases:list', { ...input, limit: 500 });
  expect(page.total).toBe(page.items.length);
  return page.items.map(c => c.id).sort();
}

describe('the seeded firm', () => {
  it('holds exactly the clients, cases and audit rows asked for, and passes SQLite’s checks', () => {
    const db = openDatabaseAt(`${folder.dir}/a`);
    try {
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      expect([count('clients'), count('cases'), count('audit_log')]).toEqual([
        SIZE.clients,
        SIZE.cases,
        SIZE.auditRows,
      ]);
      // Clients with several cases, so the firm is not one client per case.
      expect(
        db
          .prepare('SELECT max(n) FROM (SELECT count(*) AS n FROM cases GROUP BY client_id)')
          .pluck()
          .get(),
      ).toBeGreaterThan(1);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Search text for every case, the full-text index agreeing with it, and marked current.
      expect(count('case_search_text')).toBe(SIZE.cases);
      db.prepare("INSERT INTO case_search (case_search) VALUES ('integrity-check')").run();
      expect(
        db.prepare("SELECT value FROM settings WHERE key = 'searchIndexVersion'").pluck().get(),
      ).toBe(SEARCH_INDEX_VERSION);
      // Each case agrees with its own history: revision, last change and status; the log is in time order.
      const disagreeing = db
        .prepare(
          `
        SELECT k.reference FROM cases k WHERE
          k.revision != 1 + (SELECT count(*) FROM audit_log a WHERE a.entity_id = k.id AND a.action = 'update')
          OR k.updated_at != (SELECT max(a.at) FROM audit_log a WHERE a.entity_id = k.id AND a.action != 'conflict-decision')
          OR k.status != coalesce((SELECT json_extract(a.changes, '$[0].after') FROM audit_log a WHERE a.entity_id = k.id
             AND json_extract(a.changes, '$[0].field') = 'status' ORDER BY a.id DESC LIMIT 1), 'intake')`,
        )
        .pluck()
        .all();
      expect(disagreeing).toEqual([]);
      expect(
        db
          .prepare(
            'SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.at < a.at',
          )
          .pluck()
          .get(),
      ).toBe(0);
    } finally {
      db.close();
    }
  });

  it('is the same for the same seed, and different for another', () => {
    const again = seedFirm(`${folder.dir}/b`, SIZE, 7);
    const other = seedFirm(`${folder.dir}/c`, SIZE, 8);
    expect(again.cases).toEqual(firm.cases);
    expect(other.cases.map(c => c.caseFile.client.fullName)).not.toEqual(
      firm.cases.map(c => c.caseFile.client.fullName),
    );
  });

  it('lists every live case, the Trash and each status as generated, and reads each case back whole', async () => {
    expect(await listIds({})).toEqual(ids(live()));
    expect(await listIds({ trash: true })).toEqual(
      ids(firm.cases.filter(c => c.deletedAt !== null)),
    );
    for (const status of ['intake', 'consultation', 'advised', 'closed'] as const) {
      expect(await listIds({ status }), status).toEqual(
        ids(live().filter(c => c.status === status)),
      );
    }
    const byReference = await expectOk(advisor, 'cases:list', {
      sort: 'reference',
      direction: 'asc',
      limit: 5,
    });
    expect(byReference.items.map(c => c.reference)).toEqual(
      live()
        .map(c => c.reference)
        .slice(0, 5),
    );
    for (const c of firm.cases) {
      const record = await expectOk(advisor, 'cases:get', { id: c.id });
      expect(record).toMatchObject({
        caseFile: c.caseFile,
        status: c.status,
        revision: c.revision,
        deletedAt: c.deletedAt,
        clientId: c.clientId,
      });
      expect((await expectOk(advisor, 'cases:audit', { id: c.id })).length).toBe(c.trail);
    }
  });

  it('finds names in Devanagari, Chinese characters and by their Latin spelling, and employers', async () => {
    const withName = (test: (name: string) => boolean) =>
      ids(live().filter(c => names(c.caseFile).some(test)));
    const devanagari = withName(n => n.includes('शर्मा'));
    const han = withName(n => n.includes('李'));
    expect(devanagari.length).toBeGreaterThan(0);
    expect(han.length).toBeGreaterThan(0);
    expect(await listIds({ query: 'शर्मा' })).toEqual(devanagari);
    expect(await listIds({ query: '李' })).toEqual(han);
    // "sharma" also finds the clients recorded only as शर्मा: the index holds Latin spellings.
    const onlyDevanagari = live().filter(
      c =>
        names(c.caseFile).some(n => n.includes('शर्मा')) &&
        !names(c.caseFile).some(n => /sharma/i.test(n)),
    );
    expect(onlyDevanagari.length).toBeGreaterThan(0);
    expect(await listIds({ query: 'sharma' })).toEqual(withName(n => /sharma|शर्मा/i.test(n)));
    expect(await listIds({ query: 'globex' })).toEqual(
      ids(live().filter(c => employers(c.caseFile).some(e => /globex/i.test(e)))),
    );
  });

  it('reads back as the same case file imported through cases:import does', async () => {
    // A case edited since its creation, whose client has a name in another script.
    const seeded = firm.cases.find(
      c =>
        c.deletedAt === null && c.revision > 1 && (c.caseFile.client.otherNames ?? []).length > 0,
    )!;
    const fresh = openTestAdvisor();
    try {
      const [imported] = (
        await expectOk(fresh.advisor, 'cases:import', { caseFiles: [seeded.caseFile] })
      ).imported;
      const a = await expectOk(advisor, 'cases:get', { id: seeded.id });
      const b = await expectOk(fresh.advisor, 'cases:get', { id: imported!.id });
      const own = [
        'id',
        'reference',
        'clientId',
        'status',
        'revision',
        'createdAt',
        'updatedAt',
        'deletedAt',
        // Who changed it last is the seeding's actor on one side and the importer on the other.
        'updatedBy',
      ];
      const shared = (r: object) =>
        Object.fromEntries(Object.entries(r).filter(([k]) => !own.includes(k)));
      expect(shared(a)).toEqual(shared(b));
      // The same words find it in both.
      for (const query of [
        seeded.caseFile.client.fullName,
        seeded.caseFile.client.otherNames![0]!,
      ]) {
        expect(
          (await expectOk(advisor, 'cases:list', { query })).items.map(c => c.id),
          query,
        ).toContain(seeded.id);
        expect(
          (await expectOk(fresh.advisor, 'cases:list', { query })).items.map(c => c.id),
          query,
        ).toEqual([imported!.id]);
      }
      // Its client's and its own creation rows name the same fields (the seeded file's notes may have changed since).
      const creations = async (x: Advisor, id: string) =>
        (await expectOk(x, 'cases:audit', { id }))
          .filter(e => e.action === 'create')
          .map(e => ({
            entity: e.entity,
            fields: e.changes.map(ch => ch.field).filter(f => f !== 'notes'),
          }));
      expect(await creations(advisor, seeded.id)).toEqual(
        await creations(fresh.advisor, imported!.id),
      );
    } finally {
      fresh.close();
    }
  });

  it('refuses sizes that cannot make a firm, naming the field', () => {
    expect(() => seedFirm(`${folder.dir}/d`, { clients: 10, cases: 5, auditRows: 100 })).toThrow(
      /^cases: /,
    );
    expect(() => seedFirm(`${folder.dir}/d`, { clients: 10, cases: 20, auditRows: 25 })).toThrow(
      /^auditRows: /,
    );
    expect(() => seedFirm(`${folder.dir}/d`, { clients: 0, cases: 20, auditRows: 25 })).toThrow(
      /^clients: /,
    );
  });
});
