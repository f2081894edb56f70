/**
 * One valid input per contract method, over a seeded database (a case, a spare case, a saved
 * comparison, a memo, a backup folder holding a backup). Typed so that the compiler fails when a
 * method is added to the contract without a sample here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Advisor } from '../../../electron/advisor';
import type { Dialogs } from '../../../electron/dialogs';
import type { CaseFile } from '../../../shared/case-file';
import type { Method, MethodInput } from '../../../shared/contract';
import { CANCELLED_DIALOGS } from '../../../electron/dialogs';
import { loadFixture, TEST_PASSPHRASE } from '../../fixtures';
import { expectOk } from './test-advisor';

/** What the samples refer to, made by `seedWorld`. */
export type World = {
  caseFile: CaseFile;
  caseId: string;
  /** Trashed and restored by the samples, so the main case stays live for comparisons and memos. */
  spareCaseId: string;
  snapshotId: string;
  memoId: string;
  revision: (id: string) => Promise<number>;
  /** A possible match with another case's client, found by that case's conflict check (run once per case). */
  clientHit: (caseId: string) => Promise<number>;
  /** A token for a backup picked and previewed, as the restore screen holds one (picked once, reused). */
  pickedBackup: () => Promise<string>;
  /** Forgets the picked backup: locking the vault or restoring drops every pick. */
  forgetPicked: () => void;
  /**
   * The newest safety copy a restore kept (seeding makes one; the restore samples add more); once
   * fuzzing has removed them all, a well-formed name of none, which is refused as not found.
   */
  safetyCopyName: () => Promise<string>;
};

type Sample<M extends Method> = (w: World) => MethodInput<M> | Promise<MethodInput<M>>;

const ANOTHER_PASSPHRASE = 'a different passphrase, for the fuzz';

export const SAMPLES = {
  'app:info': () => ({}),
  'cases:create': w => ({ caseFile: w.caseFile, status: 'consultation' }),
  'cases:list': () => ({ query: 'li wei', status: 'intake', sort: 'client', direction: 'asc', trash: false, limit: 50, offset: 0 }),
  'cases:get': w => ({ id: w.caseId }),
  'cases:find': w => ({ ref: w.caseId }),
  'cases:update': async w => ({ id: w.caseId, expectedRevision: await w.revision(w.caseId), caseFile: w.caseFile, status: 'advised' }),
  'cases:save-draft': async w => ({
    id: w.caseId,
    expectedRevision: await w.revision(w.caseId),
    draft: { ...w.caseFile, client: { ...w.caseFile.client, dateOfBirth: '1990-02-30' } },
  }),
  'cases:trash': w => ({ id: w.spareCaseId }),
  'cases:restore': w => ({ id: w.spareCaseId }),
  'cases:audit': w => ({ id: w.caseId }),
  'cases:import': w => ({ caseFiles: [w.caseFile, loadFixture('priya-sharma.case.json')] }),
  'cases:import-dialog': () => ({}),
  'cases:export-dialog': w => ({ ids: [w.caseId, w.spareCaseId] }),
  'conflicts:check': w => ({ fullName: 'Li Wei', otherNames: ['李伟'], dateOfBirth: '1990-01-01', employers: ['Acme Robotics'], excludeCaseId: w.caseId }),
  'conflicts:decide': w => ({ caseId: w.caseId, decision: 'cleared', note: 'A different person.' }),
  'conflicts:report': w => ({ caseId: w.caseId }),
  'conflicts:run': w => ({ caseId: w.caseId }),
  // The cases:create and cases:import samples (earlier in the contract) made clients of the same names.
  'conflicts:resolve': async w => ({ caseId: w.caseId, hitId: await w.clientHit(w.caseId), resolution: 'cleared', note: 'Different passport.' }),
  'conflicts:same-person': async w => ({ caseId: w.spareCaseId, hitId: await w.clientHit(w.spareCaseId) }),
  'snapshots:save': w => ({
    caseId: w.caseId,
    caseFile: w.caseFile,
    programIds: ['us-h1b', 'cn-k'],
    assumptions: { 'us-h1b-100k-payment': 'vacated' },
    asOf: '2026-11-29',
    currency: 'EUR',
    recommendation: { programId: 'us-h1b', rationale: 'Fastest to work.' },
    // The cases:save-draft sample leaves the case with a draft that has a problem: saved knowingly.
    confirmOlderVersion: true,
  }),
  'snapshots:list': w => ({ caseId: w.caseId }),
  'snapshots:get': w => ({ id: w.snapshotId }),
  'firm:get': () => ({}),
  'firm:set': () => ({
    name: 'Harbor & Pike LLP',
    address: '100 Main Street\nBoston, MA',
    attorneyName: 'Ann Attorney',
    barAdmission: 'Massachusetts',
    paper: 'a4',
    disclaimers: { preEngagement: 'General information only.', engaged: 'Advice scoped to the matter.' },
  }),
  'firm:choose-logo': () => ({}),
  'firm:clear-logo': () => ({}),
  'memos:create': w => ({ caseId: w.caseId, snapshotId: w.snapshotId, engagement: 'engaged' }),
  'memos:list': w => ({ caseId: w.caseId }),
  'memos:get': w => ({ id: w.memoId }),
  'memos:update': w => ({ id: w.memoId, engagement: 'engaged', edits: { summary: 'Edited summary.' } }),
  'memos:export-dialog': w => ({ id: w.memoId }),
  'memos:open-for-print': w => ({ id: w.memoId }),
  'memos:preview': w => ({ id: w.memoId }),
  'rules:facts': () => ({}),
  'rules:affected': () => ({ openOnly: true }),
  // The cases:save-draft sample may have left the case with a draft that has a problem: used knowingly.
  'rules:fresh-comparison': w => ({ snapshotId: w.snapshotId, confirmOlderVersion: true }),
  'settings:get': () => ({}),
  'settings:set': () => ({ userName: 'Jane Doe, paralegal' }),
  'settings:get-theme': () => ({}),
  'settings:set-theme': () => ({ theme: 'dark' }),
  'vault:status': () => ({}),
  'vault:setup': () => ({ passphrase: ANOTHER_PASSPHRASE, remember: false }),
  'vault:unlock': () => ({ passphrase: TEST_PASSPHRASE, remember: false }),
  'vault:lock': () => ({}),
  'vault:activity': () => ({}),
  'vault:change-passphrase': () => ({ current: TEST_PASSPHRASE, next: ANOTHER_PASSPHRASE }),
  'vault:forget': () => ({}),
  'security:get': () => ({}),
  'security:set': () => ({ autoLockMinutes: 30, backupKeep: 5 }),
  'backups:choose-folder': () => ({}),
  'backups:run': () => ({}),
  'backups:choose-restore': () => ({}),
  'backups:preview': async w => ({ token: await w.pickedBackup(), passphrase: TEST_PASSPHRASE }),
  'backups:restore': async w => ({ token: await w.pickedBackup() }),
  'backups:remove-safety-copy': async w => ({ name: await w.safetyCopyName() }),
} satisfies { [M in Method]: Sample<M> };

/** The input sample for `method`, typed loosely for generic callers. */
export function sampleFor(method: Method, w: World): Promise<unknown> {
  return Promise.resolve((SAMPLES[method] as Sample<Method>)(w));
}

/**
 * A sample that is refused by design, with the code it gets: the vault already has a passphrase,
 * so setting one up again is a conflict.
 */
export const REFUSED_SAMPLES: Partial<Record<Method, string>> = {
  'vault:setup': 'conflict',
};

/** Dialogs that answer as a user would: a backup folder and a backup to restore; the rest cancelled. */
export function fuzzDialogs(dir: string): { dialogs: Dialogs; backupFile: string } {
  const folder = join(dir, 'backups');
  mkdirSync(folder, { recursive: true });
  const backupFile = join(dir, 'restore-me.sqlite');
  return {
    dialogs: { ...CANCELLED_DIALOGS, chooseBackupFolder: () => Promise.resolve(folder), openBackup: () => Promise.resolve(backupFile) },
    backupFile,
  };
}

/** Seeds the database the samples refer to, and makes the backup the restore samples pick. */
export async function seedWorld(advisor: Advisor, backupFile: string): Promise<World> {
  const caseFile = loadFixture('li-wei-minimal.case.json') as CaseFile;
  let picked: string | null = null;
  const hits = new Map<string, number>();
  const world: World = {
    caseFile,
    caseId: (await expectOk(advisor, 'cases:create', { caseFile })).id,
    spareCaseId: (await expectOk(advisor, 'cases:create', { caseFile: loadFixture('priya-sharma.case.json') })).id,
    snapshotId: '',
    memoId: '',
    revision: async id => (await expectOk(advisor, 'cases:get', { id })).revision,
    clientHit: async caseId => {
      let id = hits.get(caseId);
      if (id === undefined) {
        id = (await expectOk(advisor, 'conflicts:run', { caseId })).hits.find(h => h.role === 'client')?.id;
        if (id === undefined) throw new Error('the conflict check found no other client');
        hits.set(caseId, id);
      }
      return id;
    },
    pickedBackup: async () => {
      if (picked) return picked;
      const chosen = await expectOk(advisor, 'backups:choose-restore', {});
      if (!('token' in chosen)) throw new Error('the backup dialog was cancelled');
      return (picked = chosen.token);
    },
    forgetPicked: () => (picked = null),
    safetyCopyName: async () => {
      const [newest] = (await expectOk(advisor, 'security:get', {})).safetyCopies;
      return newest?.name ?? 'advisor.before-restore 2026-11-29 120000-99.sqlite';
    },
  };
  world.snapshotId = (await expectOk(advisor, 'snapshots:save', await sampleFor('snapshots:save', world))).id;
  world.memoId = (await expectOk(advisor, 'memos:create', { caseId: world.caseId, snapshotId: world.snapshotId })).id;
  await expectOk(advisor, 'backups:choose-folder', {});
  await advisor.vault.backupToFile(backupFile);
  // Restoring that backup changes no data and keeps a safety copy, for the removal sample.
  await expectOk(advisor, 'backups:restore', { token: await world.pickedBackup() });
  world.forgetPicked();
  return world;
}
