/**
 * Signing and verifying rule packs with Ed25519 (Node's crypto). Which keys are trusted is always
 * the caller's argument: the app passes PUBLISHER_KEYS (publisher-key.ts) and nothing else, so no
 * setting, environment variable or file can make it trust another key; only test code passes a
 * key of its own (see publisher-key.ts).
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { contentHashInput, type FactDataSet } from '../../shared/facts/schema';
import { PackRefused, parseRulePack, signedPackText, type RulePack, type UnsignedRulePack } from '../../shared/facts/pack';

/** A public key the verifier accepts, with the id packs name it by. */
export type TrustedKey = { keyId: string; publicKey: KeyObject; name: string };

export const sha256Hex = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** A key's id: the first 16 hex digits of the SHA-256 of its public key (SPKI, DER). */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return sha256Hex(publicKey.export({ type: 'spki', format: 'der' })).slice(0, 16);
}

/** A trusted key from its PEM text. */
export function trustedKey(publicKeyPem: string, name: string): TrustedKey {
  const publicKey = createPublicKey(publicKeyPem);
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error(`${name}: not an Ed25519 public key`);
  return { keyId: keyIdOf(publicKey), publicKey, name };
}

/** The SHA-256 of a data set's facts, as its `contentHash` should read. */
export function factsHash(dataSet: Pick<FactDataSet, 'facts'>): string {
  return sha256Hex(contentHashInput(dataSet.facts));
}

/** Signs a pack's fields with an Ed25519 private key; `keyId` is set from the key. */
export function signPack(fields: Omit<UnsignedRulePack, 'keyId' | 'format'>, privateKey: KeyObject): RulePack {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key is not an Ed25519 private key');
  const unsigned: UnsignedRulePack = { format: 1, ...fields, keyId: keyIdOf(privateKey) };
  const signature = sign(null, Buffer.from(signedPackText(unsigned), 'utf8'), privateKey).toString('base64');
  return { ...unsigned, signature };
}

/** A pack whose signature and content hash were checked, with the key that signed it. */
export type VerifiedPack = { pack: RulePack; signedBy: TrustedKey };

/**
 * Checks a pack file's text: well-formed (naming each bad field), signed by one of `trusted`, not
 * changed since (signature over every other field), and its data set's hash matching its facts.
 * Throws PackRefused with a message in words; changes nothing anywhere.
 */
export function verifyPack(text: string, trusted: readonly TrustedKey[]): VerifiedPack {
  const { raw, pack } = parseRulePack(text);
  const signedBy = trusted.find(k => k.keyId === pack.keyId);
  if (!signedBy) {
    throw new PackRefused('untrusted-key', 'This rule pack was not signed by the publisher of Immigration Advisor: it names a key this app does not trust. Nothing was changed.');
  }
  const signed = verify(null, Buffer.from(signedPackText(raw), 'utf8'), signedBy.publicKey, Buffer.from(pack.signature, 'base64'));
  if (!signed) {
    throw new PackRefused(
      'bad-signature',
      'This rule pack’s signature does not match its contents: the file was changed after it was signed, or it was not signed by the publisher. Nothing was changed.',
    );
  }
  // Signed, so the publisher's own tooling made a wrong hash: still refused, as the data set's identity would lie.
  if (factsHash(pack.dataSet) !== pack.dataSet.contentHash) {
    throw new PackRefused('hash-mismatch', 'This rule pack’s data set does not match its own content hash, so its version cannot be trusted to identify it. Nothing was changed.');
  }
  return { pack, signedBy };
}
