/**
 * `npm run rules:pack -- --key PRIVATE_KEY_FILE --out FILE [--notes FILE]`: a signed rule pack of
 * shared/facts/data/facts.json (see electron/rules/pack-build.ts and the README, "Rule packs").
 */
import { fileURLToPath } from 'node:url';
import { rulesPackTool } from '../electron/rules/pack-build';
import { PUBLISHER_KEYS } from '../electron/rules/publisher-key';

process.exitCode = rulesPackTool(process.argv.slice(2), {
  out: text => process.stdout.write(`${text}\n`),
  err: text => process.stderr.write(`${text}\n`),
  dataSetFile: fileURLToPath(new URL('../shared/facts/data/facts.json', import.meta.url)),
  now: () => new Date(),
  publisherKeys: PUBLISHER_KEYS,
});
