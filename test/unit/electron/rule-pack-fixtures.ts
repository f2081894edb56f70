/** Test key pairs and packs: the publisher's private key never enters the repository, so tests sign with their own. */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { BUNDLED_FACTS } from '../../../shared/facts/bundled';
import type { RulePack } from '../../../shared/facts/pack';
import type { FactDataSet } from '../../../shared/facts/schema';
import { factsHash, signPack, trustedKey, type TrustedKey } from '../../../electron/rules/pack-crypto';

export type TestKey = { privateKey: KeyObject; trusted: TrustedKey; privatePem: string };

export function testKey(name = 'the test publisher'): TestKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    privateKey,
    trusted: trustedKey(publicKey.export({ type: 'spki', format: 'pem' }).toString(), name),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** A copy of `base` labelled `label`, changed by `edit`, its content hash set to match. */
export function dataSetFrom(base: FactDataSet, label: string, edit: (d: FactDataSet) => void = () => undefined): FactDataSet {
  const copy = structuredClone(base);
  copy.label = label;
  edit(copy);
  copy.contentHash = factsHash(copy);
  return copy;
}

/** The H-1B registration fee raised to `value` from `from` (a version added, the one before closed the day before). */
export function raisedRegistrationFee(d: FactDataSet, value = 250, from = '2027-01-01'): void {
  const fact = d.facts.find(f => f.id === 'us-h1b.registration-fee');
  const last = fact?.versions.at(-1);
  if (!fact || !last) throw new Error('the shipped data set has no H-1B registration fee');
  last.effectiveTo = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  fact.versions.push({ effectiveFrom: from, value, sourceId: 'us-fee-rule-2024', asOf: '2026-12-20', confidence: 'reported' });
}

export const NEWER = '2027-01-15.1';
export const NEWER_STILL = '2027-02-01.1';

/** A pack signed by `key` of `dataSet`. */
export function packOf(dataSet: FactDataSet, key: TestKey, notes = 'H-1B registration fee rises to $250.'): RulePack {
  return signPack({ packVersion: dataSet.label, releaseNotes: notes, publishedAt: '2027-01-15T09:00:00Z', dataSet }, key.privateKey);
}

/** The pack as its file's text. */
export const packText = (pack: RulePack): string => `${JSON.stringify(pack, null, 2)}\n`;

/** A pack newer than the shipped rules, changing one fee. */
export const newerPack = (key: TestKey, label = NEWER): RulePack => packOf(dataSetFrom(BUNDLED_FACTS, label, d => raisedRegistrationFee(d)), key);
