/**
 * The rule-pack publisher's public key, shipped with the app: the only key a pack may be signed
 * with. Its private half never enters the repository (the maintainers keep it offline; see the
 * README, "Rule packs").
 *
 * Why a constant, not a setting: the app's code passes PUBLISHER_KEYS to verifyPack and nothing
 * else, so no environment variable, file or setting can add a key to a production build. Tests
 * generate their own key pair and hand it to verifyPack (or to runCli's `trustedKeys`) themselves;
 * the production entry points (electron/cli.ts, and the app once it imports packs) never pass one.
 */
import { trustedKey, type TrustedKey } from './pack-crypto';

const PUBLISHER_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA3faE6PYhRdr31Njm8I3lWtY5v2zvIvpa6dsSYpFNPpk=
-----END PUBLIC KEY-----
`;

/** The keys a production build trusts: the publisher's, and only it (key id 88ab5a45ed1b359f). */
export const PUBLISHER_KEYS: readonly TrustedKey[] = Object.freeze([trustedKey(PUBLISHER_PUBLIC_KEY, 'the publisher of Immigration Advisor')]);
