/**
 * `npm run rules:pack`: builds a signed rule pack from the repository's data set. Maintainers only;
 * the app never signs. Logic here (type-checked and tested with electron/), the script is a shell.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RulePack } from '../../shared/facts/pack';
import { parseFactDataSet } from '../../shared/facts/schema';
import { factsHash, keyIdOf, signPack, type TrustedKey } from './pack-crypto';

/** Builds and signs a pack of the data set in `dataSetText`; refuses one whose content hash is stale. */
export function buildPack(dataSetText: string, privateKey: KeyObject, releaseNotes: string, publishedAt: string): RulePack {
  const dataSet = parseFactDataSet(JSON.parse(dataSetText));
  const hash = factsHash(dataSet);
  if (hash !== dataSet.contentHash) {
    throw new Error(`the data set's contentHash is stale: its facts hash to ${hash}. Set contentHash to it and bump the label (shared/facts/README.md).`);
  }
  return signPack({ packVersion: dataSet.label, releaseNotes, publishedAt, dataSet }, privateKey);
}

export type PackToolIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The repository's data set file. */
  dataSetFile: string;
  now: () => Date;
  /** The keys the app trusts, to warn when signing with another (a test key's pack is refused by the app). */
  publisherKeys: readonly TrustedKey[];
};

const USAGE = 'Usage: npm run rules:pack -- --key PRIVATE_KEY_FILE --out FILE [--notes FILE]';

/** The command: returns the exit code (0 written, 2 bad arguments or input, 1 other failure). */
export function rulesPackTool(argv: readonly string[], io: PackToolIo): number {
  let values: { key?: string | undefined; out?: string | undefined; notes?: string | undefined };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { key: { type: 'string' }, out: { type: 'string' }, notes: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.key === undefined || values.out === undefined) {
    io.err(`--key and --out are required.\n${USAGE}`);
    return 2;
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(values.key, 'utf8'));
  } catch (err) {
    io.err(`--key: cannot read an Ed25519 private key (PEM) from ${values.key}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  try {
    const notes = values.notes === undefined ? 'Figures as published in the repository.' : readFileSync(values.notes, 'utf8');
    const pack = buildPack(readFileSync(io.dataSetFile, 'utf8'), privateKey, notes, io.now().toISOString());
    writeFileSync(values.out, `${JSON.stringify(pack, null, 2)}\n`);
    io.out(`Wrote rule pack ${pack.packVersion} (${String(pack.dataSet.facts.length)} figures) to ${values.out}, signed with key ${pack.keyId}.`);
    if (!io.publisherKeys.some(k => k.keyId === keyIdOf(privateKey))) io.err('Note: this is not the publisher’s key; the app will refuse this pack (fine for a test).');
    return 0;
  } catch (err) {
    io.err(`Error: ${err instanceof Error ? err.message : String(err)}`);
    return err instanceof SyntaxError || (err instanceof Error && err.message.startsWith('Invalid facts')) ? 2 : 1;
  }
}
