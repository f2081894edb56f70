/**
 * A signed rule pack (issue 17, item 3): one JSON file holding a facts data set, its version, the
 * release notes and the publisher's Ed25519 signature over everything else. This file is the
 * format and the checks that need no cryptography; signing and verifying are in
 * electron/rules/pack-crypto.ts (shared/ may not use Node's crypto).
 */
import { z } from 'zod';
import { describeIssues, toFieldIssues } from '../validation';
import { canonicalJson, FactDataSet, type FactRecord } from './schema';

export const RULE_PACK_FORMAT = 1;

/** The pack's fields that the signature covers: all of them but `signature`. */
export const UnsignedRulePack = z.strictObject({
  format: z.literal(RULE_PACK_FORMAT),
  /** The data set's label, repeated on the envelope so a pack's version reads without opening the data. */
  packVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, { error: 'expected a version like 2026-12-03.2' }),
  /** What changed and why, for the firm reading it before applying. */
  releaseNotes: z.string().refine(s => s.trim() !== '', { error: 'the release notes are empty' }),
  publishedAt: z.iso.datetime({ offset: true, error: 'expected a date and time like 2027-01-15T09:00:00Z' }),
  dataSet: FactDataSet,
  /** Which publisher key signed it: the start of the SHA-256 of the public key (see keyIdOf). */
  keyId: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 hexadecimal digits' }),
});
export type UnsignedRulePack = z.infer<typeof UnsignedRulePack>;

export const RulePack = UnsignedRulePack.extend({
  /** Ed25519 over `signedPackText` of the other fields, base64. */
  signature: z.base64({ error: 'expected a signature in base64' }),
}).superRefine((p, ctx) => {
  if (p.packVersion !== p.dataSet.label) ctx.addIssue({ code: 'custom', path: ['packVersion'], message: `does not match the data set's label ${p.dataSet.label}` });
});
export type RulePack = z.infer<typeof RulePack>;

/** Why a pack was refused; each has its own message in words. */
export type PackRefusalKind = 'not-json' | 'malformed' | 'untrusted-key' | 'bad-signature' | 'hash-mismatch' | 'incomplete' | 'not-newer' | 'nothing-to-roll-back';

/** A pack that is refused: nothing was changed. */
export class PackRefused extends Error {
  constructor(
    readonly kind: PackRefusalKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The bytes the signature is over: every field but `signature`, as JSON with sorted keys, taken from
 * the file as written (not as validated), so no normalisation can make two files share a signature.
 */
export function signedPackText(raw: Readonly<Record<string, unknown>>): string {
  return canonicalJson(Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'signature')));
}

/** Reads a pack file's text: the JSON object and the validated pack; refuses it naming each bad field. */
export function parseRulePack(text: string): { raw: Record<string, unknown>; pack: RulePack } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new PackRefused('not-json', 'This file is not a rule pack: it is not JSON. Nothing was changed.');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new PackRefused('not-json', 'This file is not a rule pack: it holds no pack object. Nothing was changed.');
  const parsed = RulePack.safeParse(raw);
  if (!parsed.success) throw new PackRefused('malformed', `This rule pack is malformed:\n${describeIssues(toFieldIssues(parsed.error))}\nNothing was changed.`);
  return { raw: raw as Record<string, unknown>, pack: parsed.data };
}

/** Orders data set labels `YYYY-MM-DD.N`: by date, then by N as a number (so .10 comes after .9). */
export function compareLabels(a: string, b: string): number {
  const [dateA = '', nA = '0'] = a.split('.');
  const [dateB = '', nB = '0'] = b.split('.');
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return Number(nA) - Number(nB);
}

/** The facts `reference` has that `candidate` lacks (by id): the rules ask for them by id, so a pack must keep them all. */
export function missingFacts(reference: FactDataSet, candidate: FactDataSet): FactRecord[] {
  const present = new Set(candidate.facts.map(f => f.id));
  return reference.facts.filter(f => !present.has(f.id));
}

/**
 * The refusal of a pack that is not newer than the data set in use, or null. Only a rollback goes
 * back; re-applying the same version would record a change that is none.
 */
export function notNewerRefusal(pack: Pick<FactDataSet, 'label'>, inUse: { label: string; shipped: boolean }): PackRefused | null {
  const order = compareLabels(pack.label, inUse.label);
  if (order > 0) return null;
  const what = inUse.shipped ? 'the rules shipped with the app' : 'the rule pack applied';
  const relation = order === 0 ? 'the same version as' : 'older than';
  return new PackRefused(
    'not-newer',
    `This rule pack (version ${pack.label}) is ${relation} ${what} (version ${inUse.label}). Only a newer pack can be applied; to go back to the previous rules, use rollback. Nothing was changed.`,
  );
}

const LISTED = 5;

/** The refusal of a pack lacking figures the app's rules need (named by their labels), or null. */
export function incompleteRefusal(missing: readonly FactRecord[]): PackRefused | null {
  if (missing.length === 0) return null;
  const count = missing.length === 1 ? 'one figure' : `${String(missing.length)} figures`;
  const more = missing.length > LISTED ? `; and ${String(missing.length - LISTED)} more` : '';
  return new PackRefused(
    'incomplete',
    `This rule pack lacks ${count} that the app's rules need (${missing.slice(0, LISTED).map(f => f.label).join('; ')}${more}), so assessments could not be made with it; a programme cannot be retired by a pack alone. Nothing was changed.`,
  );
}
