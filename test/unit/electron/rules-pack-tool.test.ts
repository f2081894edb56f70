/**
 * `npm run rules:pack`: builds a pack of the repository's data set that verifies with the key it was
 * signed with (a test key here; the publisher's private key never enters the repository).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPack } from '../../../electron/rules/pack-crypto';
import { rulesPackTool, type PackToolIo } from '../../../electron/rules/pack-build';
import { PUBLISHER_KEYS } from '../../../electron/rules/publisher-key';
import { BUNDLED_FACTS } from '../../../shared/facts/bundled';
import { tempDir } from '../../fixtures';
import { testKey } from './rule-pack-fixtures';

vi.setConfig({ testTimeout: 60_000 });

const DATA_SET = join(import.meta.dirname, '../../../shared/facts/data/facts.json');
const key = testKey();
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function run(argv: string[], over: Partial<PackToolIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = rulesPackTool(argv, { out: t => out.push(t), err: t => err.push(t), dataSetFile: DATA_SET, now: () => new Date('2027-01-15T09:00:00Z'), publisherKeys: PUBLISHER_KEYS, ...over });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const keyFile = () => {
  const path = join(dir, 'test-key.pem');
  writeFileSync(path, key.privatePem);
  return path;
};

describe('rules:pack', () => {
  it('builds a pack of the repository data set, with the release notes given, that verifies with its key', () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Nothing changed; a test.\n');
    const packFile = join(dir, 'pack.json');
    const r = run(['--key', keyFile(), '--out', packFile, '--notes', notes]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Wrote rule pack ${BUNDLED_FACTS.label} (85 figures) to ${packFile}, signed with key ${key.trusted.keyId}.`);
    expect(r.err).toMatch(/not the publisher’s key/);
    const { pack } = verifyPack(readFileSync(packFile, 'utf8'), [key.trusted]);
    expect(pack).toMatchObject({ packVersion: BUNDLED_FACTS.label, releaseNotes: 'Nothing changed; a test.\n', publishedAt: '2027-01-15T09:00:00.000Z' });
    expect(pack.dataSet).toEqual(BUNDLED_FACTS);
    expect(() => verifyPack(readFileSync(packFile, 'utf8'), PUBLISHER_KEYS)).toThrow(/not signed by the publisher/);
  });

  it('refuses a data set whose content hash is stale (exit 1, saying what to set) and bad arguments (exit 2)', () => {
    const stale = join(dir, 'facts.json');
    writeFileSync(stale, readFileSync(DATA_SET, 'utf8').replace('"value": 215', '"value": 216'));
    const r = run(['--key', keyFile(), '--out', join(dir, 'pack.json')], { dataSetFile: stale });
    expect(r).toMatchObject({ code: 1, err: expect.stringMatching(/contentHash is stale: its facts hash to [0-9a-f]{64}/) as unknown });
    expect(run(['--out', join(dir, 'p.json')])).toMatchObject({ code: 2, err: expect.stringMatching(/^--key and --out are required\./) as unknown });
    expect(run(['--key', join(dir, 'none.pem'), '--out', join(dir, 'p.json')])).toMatchObject({ code: 2, err: expect.stringMatching(/^--key: cannot read an Ed25519 private key/) as unknown });
    expect(run(['--kye', 'x'])).toMatchObject({ code: 2 });
  });

  it('runs as npm run rules:pack does (tsx scripts/rules-pack.ts)', () => {
    const packFile = join(dir, 'pack.json');
    const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
    execFileSync(tsx, ['scripts/rules-pack.ts', '--key', keyFile(), '--out', packFile], { cwd: join(import.meta.dirname, '../../..'), stdio: 'pipe' });
    expect(verifyPack(readFileSync(packFile, 'utf8'), [key.trusted]).pack.dataSet.contentHash).toBe(BUNDLED_FACTS.contentHash);
  });
});
