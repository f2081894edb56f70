/**
 * Signed rule packs: verifying (tampered, wrong key, malformed, stale hash), applying and rolling
 * back in the firm database, on a real encrypted temp database. Every refusal leaves the database
 * exactly as it was, read through a second connection.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../electron/advisor';
import type { Database } from '../../../electron/db/driver';
import { factsHash, keyIdOf, signPack, verifyPack } from '../../../electron/rules/pack-crypto';
import { applyReviewedPack, reviewPack } from '../../../electron/rules/pack-review';
import { installedDataSet, installedPack, packLog, previousRules, rollbackPack } from '../../../electron/rules/pack-store';
import { PUBLISHER_KEYS } from '../../../electron/rules/publisher-key';
import { BUNDLED_FACTS } from '../../../shared/facts/bundled';
import { PackRefused, type PackRefusalKind, type RulePack } from '../../../shared/facts/pack';
import { fingerprinter, type DatabaseFingerprinter } from './db-fingerprint';
import { dataSetFrom, newerPack, NEWER, NEWER_STILL, packOf, packText, raisedRegistrationFee, testKey } from './rule-pack-fixtures';
import { openTestAdvisor } from './test-advisor';

const key = testKey();
const trusted = [key.trusted];

/** The refusal `fn` throws (failing the test if it throws anything else, or nothing). */
function refusalOf(fn: () => unknown): PackRefused {
  try {
    fn();
  } catch (err) {
    if (err instanceof PackRefused) return err;
    throw err;
  }
  throw new Error('expected the pack to be refused');
}

describe('verifying a pack', () => {
  const text = packText(newerPack(key));

  it('ships exactly one trusted key, the publisher’s Ed25519 key', () => {
    expect(PUBLISHER_KEYS.map(k => [k.keyId, k.publicKey.asymmetricKeyType])).toEqual([['88ab5a45ed1b359f', 'ed25519']]);
    expect(Object.isFrozen(PUBLISHER_KEYS)).toBe(true);
  });

  it('accepts a pack signed by a trusted key, naming the key that signed it', () => {
    const { pack, signedBy } = verifyPack(text, trusted);
    expect(pack.packVersion).toBe(NEWER);
    expect(signedBy.keyId).toBe(keyIdOf(key.privateKey));
    expect(pack.dataSet.contentHash).toBe(factsHash(pack.dataSet));
  });

  it('refuses a pack with one byte changed (a fee of 250 made 259)', () => {
    const tampered = text.replace('"value": 250', '"value": 259');
    expect(tampered).not.toBe(text);
    const refusal = refusalOf(() => verifyPack(tampered, trusted));
    expect(refusal.kind).toBe<PackRefusalKind>('bad-signature');
    expect(refusal.message).toMatch(/changed after it was signed.*Nothing was changed\.$/s);
  });

  it('refuses a pack whose release notes were edited, though the data is untouched', () => {
    const edited = text.replace('rises to $250', 'rises to $260');
    expect(refusalOf(() => verifyPack(edited, trusted)).kind).toBe('bad-signature');
  });

  it('refuses a pack signed by another key, and the publisher key does not trust a test key', () => {
    const other = testKey('someone else');
    expect(refusalOf(() => verifyPack(packText(newerPack(other)), trusted)).kind).toBe('untrusted-key');
    expect(refusalOf(() => verifyPack(text, PUBLISHER_KEYS)).message).toBe(
      'This rule pack was not signed by the publisher of Immigration Advisor: it names a key this app does not trust. Nothing was changed.',
    );
  });

  it('refuses a pack signed by another key that claims the trusted key’s id', () => {
    const forged = { ...newerPack(testKey('forger')), keyId: key.trusted.keyId };
    expect(refusalOf(() => verifyPack(packText(forged), trusted)).kind).toBe('bad-signature');
  });

  it('refuses a malformed pack, naming the field', () => {
    const pack = newerPack(key) as Record<string, unknown>;
    const noNotes = Object.fromEntries(Object.entries(pack).filter(([k]) => k !== 'releaseNotes'));
    expect(refusalOf(() => verifyPack(JSON.stringify(noNotes), trusted)).message).toMatch(/^This rule pack is malformed:\nreleaseNotes: /);
    const badFee = JSON.parse(text) as { dataSet: { facts: { versions: { value: unknown }[] }[] } };
    badFee.dataSet.facts[0]!.versions[0]!.value = 'two hundred';
    expect(refusalOf(() => verifyPack(JSON.stringify(badFee), trusted)).message).toMatch(/dataSet\.facts\[0\]\.versions\[0\]\.value: /);
    expect(refusalOf(() => verifyPack(JSON.stringify({ ...pack, packVersion: '2099-01-01.1' }), trusted)).message).toMatch(/packVersion: does not match the data set's label 2027-01-15\.1/);
    expect(refusalOf(() => verifyPack('{"format": 1,', trusted)).kind).toBe('not-json');
    expect(refusalOf(() => verifyPack('[]', trusted)).kind).toBe('not-json');
  });

  it('refuses a signed pack whose data set does not match its own content hash', () => {
    const dataSet = dataSetFrom(BUNDLED_FACTS, NEWER, d => raisedRegistrationFee(d));
    const wrongHash = signPack({ packVersion: NEWER, releaseNotes: 'x', publishedAt: '2027-01-15T09:00:00Z', dataSet: { ...dataSet, contentHash: BUNDLED_FACTS.contentHash } }, key.privateKey);
    expect(refusalOf(() => verifyPack(packText(wrongHash), trusted)).kind).toBe('hash-mismatch');
  });
});

describe('applying and rolling back', () => {
  let advisor: Advisor;
  let close: () => void;
  let db: Database;
  let print: DatabaseFingerprinter;
  beforeEach(() => {
    ({ advisor, close } = openTestAdvisor());
    db = advisor.vault.session().db;
    print = fingerprinter(advisor.databaseFile);
  });
  afterEach(() => {
    print.close();
    close();
  });

  const ctx = () => advisor.vault.session().context();
  const apply = (pack: RulePack) => applyReviewedPack(db, verifyPack(packText(pack), trusted).pack, BUNDLED_FACTS, ctx());
  /** Runs `fn`, expects it refused with `kind`, and the whole database unchanged. */
  function expectRefusedUnchanged(kind: PackRefusalKind, fn: () => unknown): PackRefused {
    const before = print.take();
    const refusal = refusalOf(fn);
    expect(refusal.kind).toBe(kind);
    expect(print.take()).toEqual(before);
    return refusal;
  }

  it('starts with no pack: the shipped data set is used and there is nothing to roll back', () => {
    expect(installedDataSet(db)).toBeNull();
    expect(previousRules(db)).toBeNull();
    expectRefusedUnchanged('nothing-to-roll-back', () => rollbackPack(db, ctx()));
  });

  it('applies a newer pack, keeping who applied it, the shipped rules as previous, and a log line in words', () => {
    const pack = newerPack(key);
    const { diff } = apply(pack);
    expect(installedDataSet(db)).toEqual(pack.dataSet);
    expect(installedPack(db)).toMatchObject({ appliedBy: 'attorney.ann', appliedAt: ctx().now.toISOString(), releaseNotes: pack.releaseNotes, keyId: pack.keyId });
    expect(previousRules(db)).toEqual({ source: 'shipped', label: BUNDLED_FACTS.label, contentHash: BUNDLED_FACTS.contentHash });
    expect(diff.changed.map(c => c.id)).toEqual(['us-h1b.registration-fee']);
    expect(packLog(db)).toEqual([
      {
        at: ctx().now.toISOString(),
        actor: 'attorney.ann',
        event: 'applied',
        fromLabel: BUNDLED_FACTS.label,
        toLabel: NEWER,
        detail: `Applied rule pack ${NEWER} (published 2027-01-15) in place of the rules shipped with the app (version ${BUNDLED_FACTS.label}): 1 figure changed, 0 new figures; 0 saved comparisons may be affected.`,
      },
    ]);
  });

  it('apply then rollback restores the shipped rules; over a pack, rollback restores that pack exactly', () => {
    apply(newerPack(key));
    rollbackPack(db, ctx());
    expect(installedDataSet(db)).toBeNull();

    const first = newerPack(key);
    apply(first);
    const firstStored = structuredClone(installedPack(db));
    const second = packOf(dataSetFrom(first.dataSet, NEWER_STILL, d => raisedRegistrationFee(d, 300, '2027-02-01')), key);
    apply(second);
    expect(installedDataSet(db)?.label).toBe(NEWER_STILL);
    const { from, to } = rollbackPack(db, ctx());
    expect(from.dataSet.label).toBe(NEWER_STILL);
    const restored = installedDataSet(db);
    expect(restored).toEqual(first.dataSet);
    expect(restored && factsHash(restored)).toBe(first.dataSet.contentHash);
    expect(installedPack(db)).toEqual(firstStored);
    expect(to).toEqual(firstStored);
    expect(packLog(db).map(l => [l.event, l.fromLabel, l.toLabel])).toEqual([
      ['applied', BUNDLED_FACTS.label, NEWER],
      ['rolled-back', NEWER, BUNDLED_FACTS.label],
      ['applied', BUNDLED_FACTS.label, NEWER],
      ['applied', NEWER, NEWER_STILL],
      ['rolled-back', NEWER_STILL, NEWER],
    ]);
    // One step back only: a second rollback is refused, and the older pack is not re-applied by apply either.
    expectRefusedUnchanged('nothing-to-roll-back', () => rollbackPack(db, ctx()));
  });

  it('refuses, changing nothing, a pack older than or the same as the installed one', () => {
    apply(packOf(dataSetFrom(BUNDLED_FACTS, NEWER_STILL, d => raisedRegistrationFee(d)), key));
    const older = expectRefusedUnchanged('not-newer', () => apply(newerPack(key, NEWER)));
    expect(older.message).toBe(
      `This rule pack (version ${NEWER}) is older than the rule pack applied (version ${NEWER_STILL}). Only a newer pack can be applied; to go back to the previous rules, use rollback. Nothing was changed.`,
    );
    expect(expectRefusedUnchanged('not-newer', () => apply(newerPack(key, NEWER_STILL))).message).toMatch(/is the same version as the rule pack applied/);
  });

  it('refuses, changing nothing, a pack not newer than the shipped rules when none is applied (labels compare by number: .10 after .9)', () => {
    expectRefusedUnchanged('not-newer', () => apply(packOf(dataSetFrom(BUNDLED_FACTS, BUNDLED_FACTS.label), key)));
    expectRefusedUnchanged('not-newer', () => apply(packOf(dataSetFrom(BUNDLED_FACTS, '2026-01-01.9'), key)));
    apply(packOf(dataSetFrom(BUNDLED_FACTS, '2027-01-01.9'), key));
    expect(() => apply(packOf(dataSetFrom(BUNDLED_FACTS, '2027-01-01.10'), key))).not.toThrow();
  });

  it('refuses, changing nothing, a pack lacking a figure the shipped rules have, naming it in words', () => {
    const lacking = packOf(dataSetFrom(BUNDLED_FACTS, NEWER, d => (d.facts = d.facts.filter(f => f.id !== 'us-h1b.registration-fee'))), key);
    const refusal = expectRefusedUnchanged('incomplete', () => apply(lacking));
    expect(refusal.message).toMatch(/^This rule pack lacks one figure that the app's rules need \(Cap registration\)/);
    expect(reviewPack(db, lacking, BUNDLED_FACTS).missing.map(f => f.id)).toEqual(['us-h1b.registration-fee']);
  });

  it('refuses tampered, foreign and malformed packs before anything is read or written', () => {
    const text = packText(newerPack(key));
    const before = print.take();
    expect(refusalOf(() => verifyPack(text.replace('"value": 250', '"value": 251'), trusted)).kind).toBe('bad-signature');
    expect(refusalOf(() => verifyPack(packText(newerPack(testKey())), trusted)).kind).toBe('untrusted-key');
    expect(refusalOf(() => verifyPack(text.replace('"format": 1', '"format": 2'), trusted)).kind).toBe('malformed');
    expect(print.take()).toEqual(before);
  });
});
